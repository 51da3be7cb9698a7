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
  'callee.inbound': 'Vous a appelé sur votre téléphone',
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
  'idle.careSoft.noToken':
    'CsCall n’est pas configuré : les appels ne passeront pas sur votre téléphone tant que vous n’aurez pas ajouté votre domaine CareSoft et votre jeton CsCall dans les Paramètres.',
  'idle.careSoft.expired':
    'Votre jeton CsCall a expiré : les appels ne passeront pas sur votre téléphone tant que vous n’en aurez pas collé un nouveau dans les Paramètres.',
  'idle.careSoft.notConfirmed':
    'Vous n’êtes pas connecté à CsCall : ouvrez les Paramètres et confirmez le lien de connexion sur votre téléphone.',
  'idle.careSoft.openSettings': 'Ouvrir les Paramètres',
  'idle.careSoft.expiresSoon':
    'Votre jeton CsCall expire le {{date}} : demandez-en un nouveau à votre administrateur et collez-le dans les Paramètres d’ici là, sinon les appels n’arriveront plus sur votre téléphone.',
  'notice.careSoftSignIn.noToken':
    'L’appel n’a pas été lancé : CsCall n’est pas configuré. Ajoutez votre jeton CsCall dans les Paramètres.',
  'notice.careSoftSignIn.expired':
    'L’appel n’a pas été lancé : votre jeton CsCall a expiré. Collez-en un nouveau dans les Paramètres.',
  'notice.careSoftSignIn.notConfirmed':
    'L’appel n’a pas été lancé : vous n’êtes pas connecté à CsCall. Confirmez le lien de connexion dans les Paramètres.',

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
  'handoff.careSoftExpiresSoon':
    'Votre jeton CsCall expire le {{date}} : après cet appel, collez dans les Paramètres le nouveau jeton fourni par votre administrateur.',
  'handoff.dials': '{{app}} compose le {{number}}.',
  'handoff.callFrom': 'Appeler depuis',
  'handoff.appSelected': 'Numéro choisi dans OpenPhone',
  'handoff.thenTell': 'Puis indiquez à HubSpot comment s’est passé l’appel :',
  'handoff.connected': 'Connecté',
  'handoff.noAnswer': 'Pas de réponse',
  'handoff.busy': 'Occupé',
  'handoff.cancel': 'Annuler l’appel',
  'handoff.canceling': 'Appel annulé. Il sera consigné comme annulé dans quelques secondes.',
  'handoff.undoCancel': 'Revenir sur l’annulation',

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
  'wrapUp.notesCount': '{{used}} des {{limit}} caractères que HubSpot conserve',
  'wrapUp.notesOver':
    'HubSpot conserve {{limit}} caractères de notes : les {{over}} derniers, affichés ci-dessous, ne seront pas consignés.',
  'wrapUp.notesNotLogged': 'Non consigné',

  'engagement.pending': 'Création de l’appel dans la chronologie HubSpot…',
  'engagement.created': 'Consigné dans la chronologie HubSpot.',
  'engagement.failed.noReason': 'HubSpot n’a pas pu créer l’appel. Vos notes sont conservées ici.',
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
  'caller.notFound': 'Introuvable dans votre service d’annuaire',
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
  'settings.intro': 'Vos modifications sont enregistrées quand vous appuyez sur Terminé.',

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
  'timeline.callTo': 'Appel vers {{who}}',
  'timeline.callFrom': 'Appel de {{who}}',
  'timeline.namedNumber': '{{name}} ({{number}})',
  'followUp.note.sent': 'SMS de suivi envoyé.',
  'followUp.note.sentText': 'SMS de suivi envoyé : {{text}}',
  'followUp.note.attachments': 'Pièces jointes : {{files}}',
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
  'group.sizeOver':
    '{{numbers}} numéros choisis : OpenPhone en accepte au plus {{max}} (vous êtes le 10e participant).',
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
  'templates.add': 'Ajouter le modèle',
  'templates.keep': 'Garder les modifications',
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
  'hubspot.engagementNotLogged':
    'L’appel n’a pas pu être enregistré dans HubSpot ; ses notes sont conservées dans le widget d’appel. Message de HubSpot : {{reason}}',
  'notice.dialWithoutNumber': 'HubSpot a demandé un appel sans envoyer de numéro de téléphone.',
  'notice.callNotPrepared': 'L’appel n’a pas pu être préparé. Rechargez le widget et réessayez.',
  'notice.engagementWaitExpired':
    'HubSpot n’a pas confirmé l’appel à temps : il a été consigné sans lui. Vérifiez la chronologie et copiez vos notes pour les conserver.',
  'notice.engagementLate':
    'HubSpot a créé la fiche de l’appel au {{number}} après son enregistrement sans elle. Vérifiez dans la chronologie que cet appel a bien son résultat et ses notes.',
  'notice.engagementFailed':
    'HubSpot n’a pas pu créer la fiche de l’appel, qui n’est donc pas dans la chronologie : copiez vos notes pour les conserver. Message de HubSpot : {{reason}}',
  'notice.updateFailed':
    'HubSpot n’a pas enregistré les détails de l’appel : {{reason}} Copiez vos notes pour les conserver.',
  'notice.navigateFailed': 'HubSpot n’a pas pu ouvrir la fiche : {{reason}}',
  'notice.engagementFailed.noReason':
    'HubSpot n’a pas pu créer la fiche de l’appel, qui n’est donc pas dans la chronologie : copiez vos notes pour les conserver.',
  'hubspot.engagementNotLogged.noReason':
    'L’appel n’a pas pu être enregistré dans HubSpot ; ses notes sont conservées dans le widget d’appel.',
  'notice.updateFailed.noReason':
    'HubSpot n’a pas enregistré les détails de l’appel. Copiez vos notes pour les conserver.',
  'notice.navigateFailed.noReason': 'HubSpot n’a pas pu ouvrir la fiche.',
  'incomingForm.finishFirst': 'Terminez d’abord l’appel en cours.',

  // Problems and actions the domain modules hand over as codes (handoff/, lookup/, settings/).
  'number.problem.empty': 'Aucun numéro n’a été indiqué.',
  'number.problem.letters':
    'Un numéro de téléphone ne contient que des chiffres : les lettres (et les extensions comme « poste 12 ») ne peuvent pas être composées depuis un lien.',
  'number.problem.notDigits':
    'Un numéro de téléphone ne contient que des chiffres, éventuellement précédés d’un +.',
  'number.problem.noCountry':
    'Le contact n’a pas de pays : le numéro doit commencer par + et l’indicatif du pays (par exemple +33 1 23 45 67 89).',
  'number.problem.callerIdNeedsPlus':
    'Saisissez votre numéro OpenPhone avec + et l’indicatif du pays, par exemple +1 323 999 1234.',
  'number.problem.tooShort': 'Trop court pour un numéro de téléphone.',
  'number.problem.tooShortIn': 'Trop court pour un numéro de téléphone en {{country, region}}.',
  'number.problem.tooLong': 'Trop long pour un numéro de téléphone.',
  'number.problem.tooLongIn': 'Trop long pour un numéro de téléphone en {{country, region}}.',
  'number.problem.notANumber': 'Ce n’est pas un numéro de téléphone.',
  'number.problem.notANumberIn': 'Ce n’est pas un numéro de téléphone en {{country, region}}.',
  'number.problem.noSuchCountryCode': 'Aucun pays n’utilise cet indicatif.',
  'number.problem.unreadable': 'Ce numéro ne peut pas être composé tel quel : corrigez-le.',
  'number.problem.directNumber':
    'Un numéro direct, c’est @ suivi de chiffres uniquement, par exemple @9997934326.',
  'number.problem.groupNeedsPlus':
    'Saisissez le numéro avec + et l’indicatif du pays (par exemple +33 1 23 45 67 89), ou le numéro direct d’un collègue comme @9997934326.',
  'link.problem.noNumber': 'Il n’y a aucun numéro à appeler.',
  'link.problem.emptyNumber': 'Un numéro à appeler ou à qui écrire est vide.',
  'link.problem.emptyCallerId':
    'Le numéro d’appelant est vide : ne le renseignez pas pour utiliser le numéro sélectionné dans OpenPhone.',
  'link.problem.tooManyToCall':
    'OpenPhone appelle au plus {{max}} numéros à la fois (vous êtes le 10e participant) ; il y en a {{given}}.',
  'link.problem.tooManyToText':
    'OpenPhone écrit à au plus {{max}} numéros à la fois (vous êtes le 10e participant) ; il y en a {{given}}.',
  'link.problem.unsafeCharacter':
    'Le numéro « {{number}} » contient « {{character}} », qui ne fait pas partie d’un numéro de téléphone.',
  'link.problem.invisibleCharacter':
    'Le numéro « {{number}} » contient un caractère invisible ({{codePoint}}), qui ne fait pas partie d’un numéro de téléphone.',
  'link.problem.notANumber':
    '« {{number}} » n’est pas un numéro de téléphone : utilisez uniquement des chiffres, éventuellement précédés d’un +.',
  'link.problem.notACallerId':
    '« {{number}} » n’est pas un numéro OpenPhone d’où appeler : utilisez uniquement des chiffres, éventuellement précédés d’un +.',
  'link.problem.brokenText':
    'Le texte du message contient un caractère abîmé qui ne peut pas être envoyé.',
  'link.problem.brokenAttachment':
    'La pièce jointe contient un caractère abîmé qui ne peut pas être envoyé.',
  'link.problem.noToken':
    'Le jeton CsCall manque : collez dans les réglages le jeton que votre administrateur CareSoft vous a donné.',
  'link.problem.tokenCharacters':
    'Le jeton CsCall contient des espaces, des retours à la ligne ou des caractères qu’un jeton ne peut pas avoir : collez-le de nouveau d’un seul tenant.',
  'link.problem.noCallId':
    'L’appel n’a pas d’identifiant à donner à CareSoft (tempId) : son statut serait introuvable ensuite.',
  'link.problem.callIdCharacters':
    'L’identifiant d’appel donné à CareSoft (tempId) doit être en ASCII imprimable, sans espaces.',
  'link.problem.careSoftDigits':
    'CsCall ne compose que des chiffres, éventuellement précédés d’un + : « {{number}} » n’en est pas un.',
  'link.problem.noDomain':
    'Le domaine CareSoft manque : c’est le nom de votre compte CareSoft, par exemple khachhang01.',
  'link.problem.domainIsAddress':
    'Saisissez seulement le nom de domaine CareSoft, pas une adresse web : pour https://caresoft.vn/khachhang01, c’est khachhang01.',
  'link.problem.domainShape':
    'Le domaine CareSoft est un seul nom d’au plus 63 lettres, chiffres et tirets, par exemple khachhang01.',
  'link.problem.linkMode':
    'Le type de lien CsCall « {{mode}} » est inconnu : choisissez-en un de nouveau dans les réglages.',
  'link.problem.careSoftNeedsToken':
    'Ajoutez votre jeton CsCall dans les réglages pour appeler avec CareSoft.',
  'link.problem.unexpected': 'Le lien n’a pas pu être créé. Rechargez le widget et réessayez.',
  'attachment.problem.spaces':
    'La pièce jointe « {{attachment}} » contient des espaces ou des caractères invisibles.',
  'attachment.problem.notAnAddress':
    'La pièce jointe « {{attachment}} » n’est pas une adresse web.',
  'attachment.problem.notHttps': 'La pièce jointe « {{attachment}} » doit être un lien https://.',
  'attachment.problem.noExtension':
    'La pièce jointe « {{attachment}} » doit pointer vers un fichier avec une extension, comme .pdf ou .jpg.',
  'followUp.problem.tooLong':
    'Un SMS compte au plus {{max, number}} caractères ; celui-ci en a {{length, number}}. Raccourcissez-le.',
  'followUp.problem.empty': 'Écrivez d’abord un message (ou choisissez un modèle).',
  'group.problem.tooManyToCall':
    'OpenPhone appelle au plus {{max}} numéros à la fois (vous êtes le 10e participant). Retirez-en {{extra}} pour continuer.',
  'group.problem.tooManyToText':
    'OpenPhone écrit à au plus {{max}} numéros à la fois (vous êtes le 10e participant). Retirez-en {{extra}} pour continuer.',
  'deepLink.action.callOpenPhone': 'Appeler avec OpenPhone',
  'deepLink.action.callCsCall': 'Appeler avec CsCall',
  'deepLink.action.logInCsCall': 'Se connecter à CsCall',
  'deepLink.action.textOpenPhone': 'Écrire avec OpenPhone',
  'deepLink.action.groupCall': 'Lancer l’appel de groupe',
  'deepLink.action.groupText': 'Ouvrir le SMS de groupe',
  'templates.problem.noName': 'Donnez un nom au modèle, par exemple « Appel sans réponse ».',
  'templates.problem.longName': 'Le nom du modèle doit faire moins de {{max}} caractères.',
  'templates.problem.noText': 'Écrivez le message que ce modèle envoie.',
  'templates.problem.longText':
    'Un modèle compte au plus {{max, number}} caractères (la limite d’OpenPhone pour un SMS) ; celui-ci en a {{length, number}}.',
  'templates.problem.placeholder':
    '{{placeholder}} n’est pas un champ à remplir : utilisez {firstName} pour le prénom du contact ou {agentName} pour votre nom.',
  'templates.problem.manyFiles': 'Joignez au plus {{max}} fichiers à un modèle.',
  'templates.problem.longAgentName': 'Votre nom doit faire moins de {{max}} caractères.',
  'teammates.problem.noName': 'Saisissez le nom de votre collègue.',
  'teammates.problem.longName': 'Le nom doit faire moins de {{max}} caractères.',
  'careSoft.problem.spaces':
    'Le jeton contient des espaces ou des retours à la ligne : collez-le de nouveau d’un seul tenant.',
  'careSoft.problem.parts':
    'Ce n’est pas un jeton CsCall : il devrait avoir trois parties séparées par des points.',
  'careSoft.problem.unreadable':
    'Ce n’est pas un jeton CsCall : ses parties sont illisibles, il a peut-être été tronqué ou modifié lors de la copie.',
  'careSoft.problem.algorithm':
    'Ce jeton n’est pas signé comme CsCall l’attend (HS256) : demandez-en un nouveau à votre administrateur CareSoft.',
  'careSoft.problem.unsigned':
    'Le jeton n’est pas signé : demandez-en un signé à votre administrateur CareSoft.',
  'careSoft.problem.cutShort':
    'Le jeton semble tronqué ou modifié : copiez-le de nouveau en entier.',
  'careSoft.problem.noExtension': 'Le jeton ne contient pas d’ipphone (poste).',
  'careSoft.problem.expiry': 'Le jeton a une date d’expiration (exp) qui n’est pas une date.',
  'lookup.problem.noAddress':
    'Saisissez l’adresse de votre service d’annuaire, par exemple https://crm.example.com/api.',
  'lookup.problem.longAddress':
    'Cette adresse est trop longue pour être la racine d’un service d’annuaire.',
  'lookup.problem.notAnAddress':
    'Saisissez l’adresse complète, commençant par https://, par exemple https://crm.example.com/api.',
  'lookup.problem.plainHttp':
    'L’adresse doit commencer par https:// (http seul est réservé à localhost) : le jeton circulerait en clair.',
  'lookup.problem.notHttps': 'L’adresse doit commencer par https://.',
  'lookup.problem.credentials':
    'Retirez le nom d’utilisateur et le mot de passe de l’adresse : le jeton va dans la valeur de l’en-tête.',
  'lookup.problem.query':
    'Retirez tout ce qui suit ? ou # : le widget ajoute lui-même /Lookup?PhoneNumber=…, et les données privées ne vont jamais dans l’adresse.',
  'lookup.problem.endsInLookup':
    'Saisissez l’adresse racine sans /Lookup à la fin (le widget l’ajoute) : {{root}}',
  'lookup.problem.method': 'Choisissez POST (avec un corps JSON, par défaut) ou GET (sans corps).',
  'lookup.problem.noHeader':
    'Saisissez le nom de l’en-tête où votre service lit le jeton (en général {{usual}}).',
  'lookup.problem.headerShape':
    'Un nom d’en-tête ne contient que des lettres, des chiffres et des - (par exemple X-Execution-Token), sans espace ni deux-points.',
  'lookup.problem.forbiddenHeader':
    'Les navigateurs n’envoient jamais d’en-tête nommé {{header}} : choisissez un autre nom, comme {{usual}}.',
  'lookup.problem.noToken':
    'Saisissez le jeton qu’attend votre service d’annuaire (votre administrateur l’a).',
  'lookup.problem.tokenLines': 'Le jeton doit tenir sur une seule ligne.',
  'lookup.problem.tokenCharacters':
    'Le jeton ne peut contenir que des lettres simples, des chiffres et de la ponctuation (ASCII imprimable).',
  'lookup.problem.longToken': 'Ce jeton est trop long pour être envoyé dans un en-tête.',
  'lookup.problem.timeout':
    'Saisissez un délai entre {{min}} et {{max}} millisecondes (par défaut {{usual}}).',
  'lookup.problem.provider':
    'Fournisseur inconnu « {{provider}} » : utilisez openphone ou caresoft.',
  'lookup.problem.tokenInUrl':
    'Les jetons n’ont pas leur place dans l’URL du widget : « {{parameter}} » a été ignoré, car quiconque voit l’adresse pourrait s’en servir. Retirez-le de l’URL et demandez à chaque agent de le saisir dans les réglages.',
  'lookup.problem.blocked': 'le service d’annuaire n’a pas répondu (réseau ou CORS)',
  'lookup.problem.notSearchable':
    '{{number}} n’est pas un numéro que le service d’annuaire peut rechercher.',
  'lookup.problem.timedOut': 'Le service d’annuaire n’a pas répondu en {{seconds, number}} s.',
  'lookup.problem.unreachable':
    'Le service d’annuaire est injoignable (HTTP 404) : vérifiez son adresse dans les réglages.',
  'lookup.problem.tokenRefused':
    'Le service d’annuaire a refusé le jeton (HTTP {{status}}) : vérifiez le nom et la valeur de l’en-tête dans les réglages.',
  'lookup.problem.httpError': 'Le service d’annuaire a répondu par une erreur (HTTP {{status}}).',
  'lookup.problem.notJson': 'Le service d’annuaire a répondu autre chose que du JSON.',
  'lookup.problem.notAList': 'Le service d’annuaire a répondu sans liste de contacts.',
  'lookup.problem.nameless': 'Le service d’annuaire a répondu des contacts sans nom.',
  'lookup.problem.badHeader':
    'Le nom ou la valeur de l’en-tête de l’annuaire ne peut pas être envoyé : vérifiez-les dans les réglages.',
  'lookup.problem.notSent': 'La requête à l’annuaire n’a pas pu être envoyée.',
  'lookup.problem.redirect':
    'Le service d’annuaire a répondu par une redirection : saisissez son adresse finale comme URL racine dans les réglages.',
  'lookup.problem.unreadable': 'La réponse du service d’annuaire n’a pas pu être lue.',
  'lookup.problem.tooLarge':
    'La réponse du service d’annuaire est trop grande pour être une liste de contacts.',
  'lookup.problem.notStarted':
    'La recherche de l’appelant n’a pas pu démarrer. Rechargez le widget pour réessayer.',
  'workflow.problem.notStarted':
    'Le workflow n’a pas pu démarrer. Rechargez le widget pour réessayer.',
  'workflow.problem.name':
    '« {{name}} » n’est pas un nom de workflow que le widget peut lancer (lettres, chiffres, - _ et . uniquement).',
  'workflow.problem.timedOut':
    '{{name}} n’a pas répondu en {{seconds, number}} s. Il a peut-être quand même été exécuté : vérifiez le CRM avant de le relancer.',
  'workflow.problem.notFound':
    'Le service d’annuaire n’a pas de workflow nommé {{name}} (HTTP 404).',
  'workflow.problem.httpError': '{{name}} a échoué (HTTP {{status}}).',
  'wrapUp.phoneSync': 'La durée et l’enregistrement viendront de votre système téléphonique.',
  'notice.phoneSyncUnread':
    'L’adresse du widget indique sync={{given}}, ni on ni off : le widget consigne donc lui-même la durée et le statut de l’appel. Demandez à votre administrateur de vérifier l’adresse.',
  'recalled.heading': 'Terminez l’appel que vous passiez',
  'recalled.why':
    'Cette page s’est rechargée pendant un appel et votre navigateur ne conserve rien pour ce widget : le numéro et la durée de l’appel sont perdus. HubSpot affiche toujours l’appel comme en cours.',
  'recalled.save': 'L’enregistrer sur cet appel',
  'recalled.dismiss': 'Le laisser inachevé',
  'recalled.dismissMeans':
    'Le laisser inachevé : rien n’est envoyé, et HubSpot garde l’appel tel quel, sans résultat ni notes.',
  'announce.recalled':
    'Un appel était en cours avant le rechargement de la page. Terminez-le ou laissez-le.',
};
