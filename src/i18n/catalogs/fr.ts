import type { Catalog } from '../catalog';

/** French, with HubSpot's own French words for calls, outcomes and notes. */
export const fr: Catalog = {
  'app.connecting': 'Connexion à HubSpot…',
  'app.loading': 'Chargement…',

  'outcome.connected': 'Connecté',
  'outcome.leftVoicemail': 'A laissé un message vocal',
  'outcome.leftLiveMessage': 'A laissé un message en direct',
  'outcome.noAnswer': 'Pas de réponse',
  'outcome.busy': 'Occupé',
  'outcome.wrongNumber': 'Numéro erroné',

  'callee.noRecord': 'Aucune fiche HubSpot (appel depuis un ticket ou un numéro)',
  'callee.contact': 'Fiche contact n° {{id}}',
  'callee.company': 'Fiche entreprise n° {{id}}',

  'idle.heading': 'Prêt pour le prochain appel',
  'idle.hint':
    'Cliquez sur Appeler dans une fiche HubSpot : l’appel passe sur votre téléphone et se consigne ici.',
  'idle.lastTo': 'Dernier appel vers le {{number}} enregistré.',
  'idle.lastFrom': 'Dernier appel du {{number}} enregistré.',
  'idle.lastToTimed': 'Dernier appel vers le {{number}} enregistré, {{duration}}.',
  'idle.lastFromTimed': 'Dernier appel du {{number}} enregistré, {{duration}}.',
  'idle.lastToOutcome': 'Dernier appel vers le {{number}} enregistré : {{outcome}}.',
  'idle.lastFromOutcome': 'Dernier appel du {{number}} enregistré : {{outcome}}.',
  'idle.lastToOutcomeTimed':
    'Dernier appel vers le {{number}} enregistré : {{outcome}}, {{duration}}.',
  'idle.lastFromOutcomeTimed':
    'Dernier appel du {{number}} enregistré : {{outcome}}, {{duration}}.',
  'idle.settings': 'Paramètres',

  'availability.label': 'Disponible pour les appels',

  'incomingForm.open': 'Appel entrant',
  'incomingForm.name': 'Appel entrant',
  'incomingForm.number': 'Numéro de l’appelant',
  'incomingForm.submit': 'Consigner l’appel entrant',
  'incomingForm.close': 'Fermer',

  'remote.busy': 'Un appel est en cours dans la fenêtre d’appel.',

  'number.heading': 'Vérifiez le numéro',
  'number.hintContact':
    'HubSpot a envoyé « {{given}} » pour la fiche contact n° {{id}}. Corrigez-le pour passer l’appel sur votre téléphone.',
  'number.hintCompany':
    'HubSpot a envoyé « {{given}} » pour la fiche entreprise n° {{id}}. Corrigez-le pour passer l’appel sur votre téléphone.',
  'number.hintNoRecord':
    'HubSpot a envoyé « {{given}} » sans fiche. Corrigez-le pour passer l’appel sur votre téléphone.',
  'number.label': 'Numéro de téléphone',
  'number.submit': 'Appeler ce numéro',

  'handoff.heading': 'Appelez depuis votre téléphone',
  'handoff.dials': '{{app}} compose le {{number}}.',
  'handoff.callFrom': 'Appeler depuis',
  'handoff.appSelected': 'Numéro choisi dans OpenPhone',
  'handoff.thenTell': 'Puis indiquez à HubSpot comment s’est passé l’appel :',
  'handoff.connected': 'Connecté',
  'handoff.noAnswer': 'Pas de réponse',
  'handoff.busy': 'Occupé',
  'handoff.cancel': 'Annuler l’appel',

  'connected.heading': 'En ligne',
  'connected.endCall': 'Terminer l’appel',

  'timer.label': 'Durée de l’appel',

  'incoming.heading': 'Appel entrant',
  'incoming.howDidItGo': 'Comment s’est passé l’appel ?',
  'incoming.answered': 'Répondu',
  'incoming.missed': 'Manqué',
  'incoming.declined': 'Refusé',
  'incoming.noMatch': 'Aucune fiche HubSpot n’a ce numéro.',
  'incoming.matchContact': 'Dans HubSpot : {{name}} (contact)',
  'incoming.matchCompany': 'Dans HubSpot : {{name}} (entreprise)',
  'incoming.openRecord': 'Ouvrir la fiche',
  'incoming.openRecordName': 'Ouvrir {{name}} dans HubSpot',

  'wrapUp.heading': 'Consigner l’appel',
  'wrapUp.ended.COMPLETED': 'Appel terminé',
  'wrapUp.ended.NO_ANSWER': 'Pas de réponse',
  'wrapUp.ended.BUSY': 'Ligne occupée',
  'wrapUp.ended.CANCELED': 'Appel terminé depuis HubSpot',
  'wrapUp.ended.FAILED': 'Échec de l’appel',
  'wrapUp.ended.MISSED': 'Appel manqué',
  'wrapUp.ended.REJECTED': 'Appel refusé',
  'wrapUp.outcome': 'Résultat de l’appel',
  'wrapUp.notes': 'Notes',
  'wrapUp.save': 'Enregistrer l’appel',
  'wrapUp.saving': 'Enregistrement de l’appel dans HubSpot…',

  'engagement.pending': 'Création de l’appel dans la chronologie HubSpot…',
  'engagement.created': 'Consigné dans la chronologie HubSpot.',
  'engagement.failed':
    'HubSpot n’a pas pu créer l’appel : {{reason}} Vos notes sont conservées ici.',

  'announce.handedOff':
    'Appel transmis à votre téléphone. Indiquez à HubSpot comment il s’est passé.',
  'announce.incoming': 'Appel entrant. Indiquez à HubSpot comment il s’est passé.',
  'announce.connected': 'Appel connecté. Le chronomètre tourne.',
  'announce.wrapUp': 'Appel terminé après {{duration}}. Consignez l’appel.',
  'announce.wrapUpUnanswered': 'Appel terminé. Consignez l’appel.',
  'announce.saved': 'Appel enregistré.',
  'announce.numberNeeded': 'Vérifiez le numéro avant l’appel.',

  'notices.yourNotes': 'Vos notes',
  'notices.copyNotes': 'Copier les notes',
  'notices.dismiss': 'Fermer',

  'waiting.asked': 'HubSpot demande d’appeler le {{number}}.',
  'waiting.queued': 'Il sera transmis dès que cet appel sera enregistré.',
  'waiting.finishFirst': 'Terminez d’abord cet appel, ou appelez ce numéro ensuite.',
  'waiting.callItNow': 'L’appeler maintenant ?',
  'waiting.callNext': 'Appeler ensuite',
  'waiting.callNow': 'Appeler maintenant',
  'waiting.ignore': 'Ignorer',
  'waiting.dontCallNext': 'Ne pas appeler ensuite',
  'waiting.dropped_one':
    '{{formatted}} demande précédente pour un autre numéro a été remplacée par celle-ci.',
  'waiting.dropped_many':
    '{{formatted}} demandes précédentes pour d’autres numéros ont été remplacées par celle-ci.',
  'waiting.dropped_other':
    '{{formatted}} demandes précédentes pour d’autres numéros ont été remplacées par celle-ci.',

  'deepLink.opensOnPhone': 'Ouvre {{app}} sur ce téléphone.',
  'deepLink.qrLabel': 'Code QR : {{action}}',
  'deepLink.scan': 'Scannez avec l’appareil photo de votre téléphone pour ouvrir {{app}}.',
  'deepLink.tooLong':
    'Ce lien est trop long pour un code QR. Copiez-le sur votre téléphone ou raccourcissez le message.',
  'deepLink.label': 'Lien vers l’application',
  'deepLink.copy': 'Copier',
  'deepLink.copied': 'Copié',
  'deepLink.manualCopy': 'Appuyez sur Ctrl+C (⌘C sur Mac) pour copier le lien.',
  'deepLink.openHere': 'Ouvrir ici',

  'caller.name': 'Identification de l’appelant',
  'caller.notSetUp': 'L’identification de l’appelant n’est pas configurée : {{problem}}',
  'caller.looking': 'Recherche de l’appelant…',
  'caller.several': 'Plusieurs contacts partagent ce numéro : qui est-ce ?',
  'caller.nameless_one':
    '{{formatted}} autre fiche a été écartée : le service l’a envoyée sans nom.',
  'caller.nameless_many':
    '{{formatted}} autres fiches ont été écartées : le service les a envoyées sans nom.',
  'caller.nameless_other':
    '{{formatted}} autres fiches ont été écartées : le service les a envoyées sans nom.',
  'caller.unknown': 'Appelant inconnu',
  'caller.noMatch': 'Aucun contact n’a ce numéro dans votre CRM.',
  'caller.failed': 'Identification de l’appelant : {{message}}',
  'caller.contactPage': 'Page du contact',
  'caller.companyPage': 'Page de l’entreprise',
  'caller.running': '{{name}} en cours…',
  'caller.done': '{{name}} terminé.',
  'caller.openResult': 'Ouvrir le résultat',
  'caller.workflowFailed': '{{name}} : {{message}}',

  'settings.heading': 'Paramètres',
  'settings.language': 'Langue',
  'settings.languageAuto': 'Langue du navigateur ({{name}})',
  'settings.phoneApp': 'Application de téléphone',
  'settings.done': 'Terminé',

  'openPhone.intro':
    'Vos numéros OpenPhone pour appeler. Sans numéro, OpenPhone utilise celui choisi dans l’application.',
  'openPhone.list': 'Numéros d’appel',
  'openPhone.remove': 'Retirer',
  'openPhone.removeName': 'Retirer {{number}}',
  'openPhone.number': 'Numéro OpenPhone',
  'openPhone.add': 'Ajouter',
  'openPhone.duplicate': '{{number}} est déjà dans la liste.',
  'openPhone.tooMany': 'Gardez au plus {{max}} numéros d’appel.',
  'openPhone.autoDial': 'Composer dès l’ouverture du lien',

  'careSoft.domain': 'Domaine CareSoft',
  'careSoft.token': 'Jeton CsCall',
  'careSoft.linkType': 'Type de lien',
  'careSoft.directLink': 'Lien direct (mapi.caresoft.vn), par défaut',
  'careSoft.appLink':
    'Lien documenté par CareSoft (caresoftcall.page.link) : Firebase Dynamic Links, arrêté en août 2025',
  'careSoft.country': 'Pays de votre compte CareSoft',
  'careSoft.countryHint':
    'CsCall compose les numéros de ce pays au format national (0988 888 888), tous les autres avec leur indicatif pays.',
  'careSoft.internationalPrefix': 'Numéros à l’étranger',
  'careSoft.prefix00': '00 et l’indicatif pays (0014107934326)',
  'careSoft.prefixPlus': '+ et l’indicatif pays (+14107934326)',
  'careSoft.save': 'Enregistrer les informations CsCall',
  'careSoft.loggedIn': 'Connecté à CsCall.',
  'careSoft.logOut': 'Se déconnecter',
  'careSoft.logInHeading': 'Se connecter à CsCall',
  'careSoft.confirm': 'Je suis connecté',
  'careSoft.expired':
    'Ce jeton du poste {{extension}} a expiré : demandez-en un nouveau à votre administrateur.',
  'careSoft.validUntil': 'Jeton du poste {{extension}}, valable jusqu’au {{date}}.',
  'careSoft.noExpiry': 'Jeton du poste {{extension}}, sans date d’expiration.',

  'lookup.heading': 'Identification de l’appelant',
  'lookup.intro':
    'L’annuaire téléphonique de votre entreprise indique à qui appartient un numéro. Il doit autoriser l’adresse de ce widget (CORS).',
  'lookup.url': 'URL du service d’annuaire',
  'lookup.token': 'Jeton',
  'lookup.more': 'Plus d’options',
  'lookup.header': 'Nom de l’en-tête',
  'lookup.method': 'Méthode',
  'lookup.methodDefault': 'Par défaut ({{method}})',
  'lookup.timeout': 'Délai (ms)',
  'lookup.timeoutNotNumber': 'Le délai doit être un nombre de millisecondes, par exemple 2000.',
  'lookup.autoCallFlow': 'Lancer CallFlow à l’enregistrement d’un appel',
  'lookup.saved': 'Paramètres d’identification enregistrés.',
  'lookup.save': 'Enregistrer l’identification',

  'followUp.open': 'Envoyer un SMS',
  'followUp.recorded': 'Le SMS est consigné dans les notes.',
  'followUp.heading': 'Envoyer un SMS au {{number}}',
  'followUp.template': 'Modèle',
  'followUp.blank': 'Message vide',
  'followUp.message': 'Message',
  'followUp.length': '{{length}} / {{max}} caractères',
  'followUp.attached': 'Pièces jointes : {{files}}',
  'followUp.confirmHint':
    'Envoyez-le depuis OpenPhone, puis confirmez ici pour qu’il soit consigné dans les notes de l’appel.',
  'followUp.sent': 'SMS envoyé',
  'followUp.close': 'Fermer',

  'group.open': 'Ajouter des participants',
  'group.heading': 'Ajouter des participants',
  'group.whoJoins': 'Participants',
  'group.thisCall': '{{number}} (cet appel)',
  'group.teammate': '{{name}} ({{number}})',
  'group.noTeammates':
    'Ajoutez des collègues dans les Paramètres pour les choisir ici, ou saisissez un numéro ci-dessous.',
  'group.others': 'Autres numéros',
  'group.remove': 'Retirer',
  'group.removeName': 'Retirer {{number}}',
  'group.number': 'Autre numéro',
  'group.numberExample': '+33 6 12 34 56 78 ou @9997934326',
  'group.addNumber': 'Ajouter le numéro',
  'group.duplicate': '{{number}} fait déjà partie du groupe.',
  'group.size': 'Numéros : {{numbers}} sur {{max}} ; vous êtes le 10e participant.',
  'group.start': 'Démarrer',
  'group.call': 'Appel de groupe',
  'group.text': 'SMS de groupe',
  'group.pick': 'Choisissez un collègue ou ajoutez un numéro pour former un groupe.',
  'group.close': 'Fermer',

  'teammates.heading': 'Collègues',
  'teammates.intro':
    'Les personnes à ajouter aux appels et SMS de groupe : leur ligne directe OpenPhone (@…) ou leur numéro de téléphone avec l’indicatif du pays.',
  'teammates.list': 'Collègues',
  'teammates.remove': 'Retirer',
  'teammates.removeName': 'Retirer {{name}}',
  'teammates.name': 'Nom du collègue',
  'teammates.number': 'Numéro du collègue',
  'teammates.numberExample': '@9997934326 ou +33 6 12 34 56 78',
  'teammates.add': 'Ajouter le collègue',
  'teammates.duplicate': '{{number}} est déjà dans la liste.',
  'teammates.tooMany':
    'Gardez au plus {{max}} collègues : un groupe réunit le contact et {{max}} autres personnes.',

  'templates.heading': 'SMS de suivi',
  'templates.intro': 'Des SMS à envoyer depuis OpenPhone après un appel, complétés avec les noms.',
  'templates.agentName': 'Votre nom',
  'templates.saveName': 'Enregistrer le nom',
  'templates.nameSaved': 'Votre nom est enregistré.',
  'templates.list': 'Modèles de SMS',
  'templates.withFiles_one': '{{name}} ({{formatted}} fichier)',
  'templates.withFiles_many': '{{name}} ({{formatted}} de fichiers)',
  'templates.withFiles_other': '{{name}} ({{formatted}} fichiers)',
  'templates.edit': 'Modifier',
  'templates.editName': 'Modifier {{name}}',
  'templates.remove': 'Supprimer',
  'templates.removeName': 'Supprimer {{name}}',
  'templates.full': 'Vous avez {{max}} modèles, le maximum que le widget conserve.',
  'templates.new': 'Nouveau modèle',
  'templates.restore': 'Rétablir les modèles par défaut',
  'templates.name': 'Nom du modèle',
  'templates.text': 'Texte du modèle',
  'templates.textHelp':
    '{{length}} / {{max}} caractères. {firstName} est le prénom du contact, {agentName} votre nom.',
  'templates.attachments': 'Pièces jointes (un lien https par ligne)',
  'templates.save': 'Enregistrer le modèle',
  'templates.cancel': 'Annuler',

  'notice.storageBlocked':
    'Ce navigateur bloque le stockage ici : les paramètres et l’appel en cours ne durent que jusqu’au rechargement du widget. Enregistrez chaque appel avant de quitter la page.',
  'notice.settingsNotSaved':
    'Les paramètres n’ont pas pu être enregistrés dans ce navigateur ; ils durent jusqu’au rechargement.',
  'notice.settings.unreadable':
    'Les paramètres enregistrés étaient illisibles et ont été réinitialisés.',
  'notice.settings.callerIdsDropped':
    'Certains numéros d’appel enregistrés n’étaient pas valides et ont été retirés.',
  'notice.settings.templatesDropped':
    'Certains modèles de SMS enregistrés n’étaient pas valides et ont été retirés.',
  'notice.settings.teammatesDropped':
    'Certains collègues enregistrés n’étaient pas valides et ont été retirés.',
  'notice.callSetAside': 'Un appel enregistré était illisible et a été mis de côté.',
  'notice.callInMemory':
    'Ce navigateur n’a pas enregistré l’appel : il est gardé en mémoire seulement, laissez donc ce widget ouvert jusqu’à l’enregistrement de l’appel.',
  'notice.callNotSent':
    'Ce navigateur n’a pas enregistré l’appel et en garde une copie plus ancienne : ce widget n’envoie plus rien à HubSpot, pour que rien ne soit consigné deux fois. Consignez l’appel vous-même dans HubSpot.',
  'notice.adminSetting': 'L’adresse du widget contient un paramètre inutilisable : {{problem}}',
  'notice.dialWithoutNumber': 'HubSpot a demandé un appel sans envoyer de numéro de téléphone.',
  'notice.callNotPrepared': 'L’appel n’a pas pu être préparé. Rechargez le widget et réessayez.',
  'notice.engagementWaitExpired':
    'HubSpot n’a pas confirmé l’appel à temps : il a été consigné sans lui. Vérifiez la chronologie et copiez vos notes pour les conserver.',
  'notice.engagementLate':
    'HubSpot a créé la fiche de l’appel au {{number}} après son enregistrement sans elle. Vérifiez dans la chronologie que cet appel a bien son résultat et ses notes.',
  'notice.engagementFailed':
    'HubSpot n’a pas pu créer l’appel ({{reason}}). L’appel est enregistré ici : copiez vos notes pour les conserver.',
  'notice.updateFailed':
    'HubSpot n’a pas enregistré les détails de l’appel : {{reason}} Copiez vos notes pour les conserver.',
  'notice.navigateFailed': 'HubSpot n’a pas pu ouvrir la fiche : {{reason}}',
  'incomingForm.finishFirst': 'Terminez d’abord l’appel en cours.',
};
