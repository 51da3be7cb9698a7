import { enTimeline } from './en-timeline';

/**
 * The widget's words in English: the source of every key. Other languages are typed
 * against this one (`Catalog`), so a key missing there does not compile.
 * Plural keys carry i18next's Intl plural suffixes (`_one`, `_other`).
 */
export const en = {
  'app.connecting': 'Connecting to HubSpot…',
  'app.loading': 'Loading…',

  'outcome.connected': 'Connected',
  'outcome.leftVoicemail': 'Left voicemail',
  'outcome.leftLiveMessage': 'Left live message',
  'outcome.noAnswer': 'No answer',
  'outcome.busy': 'Busy',
  'outcome.wrongNumber': 'Wrong number',

  'callee.noRecord': 'No HubSpot record (dialled from a ticket or a number)',
  'callee.inbound': 'Called you on your phone',
  'callee.contact': 'Contact record #{{id}}',
  'callee.company': 'Company record #{{id}}',

  'idle.heading': 'Ready for your next call',
  'idle.hint': 'Click Call on a HubSpot record: the call goes to your phone and is logged here.',
  'idle.lastTo': 'Last call to {{number}} saved.',
  'idle.lastFrom': 'Last call from {{number}} saved.',
  'idle.lastToTimed': 'Last call to {{number}} saved, {{duration}}.',
  'idle.lastFromTimed': 'Last call from {{number}} saved, {{duration}}.',
  'idle.lastToOutcome': 'Last call to {{number}} saved as {{outcome}}.',
  'idle.lastFromOutcome': 'Last call from {{number}} saved as {{outcome}}.',
  'idle.lastToOutcomeTimed': 'Last call to {{number}} saved as {{outcome}}, {{duration}}.',
  'idle.lastFromOutcomeTimed': 'Last call from {{number}} saved as {{outcome}}, {{duration}}.',
  'idle.settings': 'Settings',
  'idle.careSoft.noToken':
    'CsCall is not set up: calls cannot go to your phone until you add your CareSoft domain and CsCall token in Settings.',
  'idle.careSoft.expired':
    'Your CsCall token has expired: calls cannot go to your phone until you paste a new one in Settings.',
  'idle.careSoft.notConfirmed':
    'CsCall is not signed in: open Settings and confirm the login link on your phone.',
  'idle.careSoft.openSettings': 'Open Settings',
  'idle.careSoft.expiresSoon':
    'Your CsCall token expires on {{date}}: ask your admin for a new one and paste it in Settings before then, or calls will stop going to your phone.',
  'notice.careSoftSignIn.noToken':
    'The call was not started: CsCall is not set up. Add your CsCall token in Settings.',
  'notice.careSoftSignIn.expired':
    'The call was not started: your CsCall token has expired. Paste a new one in Settings.',
  'notice.careSoftSignIn.notConfirmed':
    'The call was not started: CsCall is not signed in. Confirm the login link in Settings.',

  'availability.label': 'Available for calls',

  'incomingForm.open': 'Incoming call',
  'incomingForm.name': 'Incoming call',
  'incomingForm.number': "Caller's number",
  'incomingForm.submit': 'Log incoming call',
  'incomingForm.close': 'Close',

  'remote.busy': 'A call is in progress in the calling window.',

  'number.heading': 'Check the number',
  'number.hintContact':
    'HubSpot sent “{{given}}” for contact record #{{id}}. Correct it to hand the call to your phone.',
  'number.hintCompany':
    'HubSpot sent “{{given}}” for company record #{{id}}. Correct it to hand the call to your phone.',
  'number.hintNoRecord':
    'HubSpot sent “{{given}}” without a record. Correct it to hand the call to your phone.',
  'number.label': 'Phone number',
  'number.submit': 'Call this number',

  'handoff.heading': 'Call on your phone',
  'handoff.careSoftExpiresSoon':
    'Your CsCall token expires on {{date}}: after this call, paste a new one from your admin in Settings.',
  'handoff.dials': '{{app}} dials {{number}}.',
  'handoff.callFrom': 'Call from',
  'handoff.appSelected': 'Number selected in OpenPhone',
  'handoff.thenTell': 'Then tell HubSpot how it went:',
  'handoff.connected': 'Connected',
  'handoff.noAnswer': 'No answer',
  'handoff.busy': 'Busy',
  'handoff.cancel': 'Cancel call',
  'handoff.canceling': 'Call canceled. It will be logged as canceled in a few seconds.',
  'handoff.undoCancel': 'Undo',

  'connected.heading': 'On the phone',
  'connected.endCall': 'End call',

  'timer.label': 'Call duration',

  'incoming.heading': 'Incoming call',
  'incoming.howDidItGo': 'How did it go?',
  'incoming.answered': 'Answered',
  'incoming.missed': 'Missed',
  'incoming.declined': 'Declined',
  'incoming.noMatch': 'No HubSpot record has this number.',
  'incoming.matchContact': 'In HubSpot: {{name}} (contact)',
  'incoming.matchCompany': 'In HubSpot: {{name}} (company)',
  'incoming.openRecord': 'Open record',
  'incoming.openRecordName': 'Open {{name}} in HubSpot',

  'wrapUp.heading': 'Log the call',
  'wrapUp.ended.COMPLETED': 'Call ended',
  'wrapUp.ended.NO_ANSWER': 'No answer',
  'wrapUp.ended.BUSY': 'Line busy',
  'wrapUp.ended.CANCELED': 'Call ended from HubSpot',
  'wrapUp.ended.FAILED': 'Call failed',
  'wrapUp.ended.MISSED': 'Missed call',
  'wrapUp.ended.REJECTED': 'Call declined',
  'wrapUp.outcome': 'Outcome',
  'wrapUp.notes': 'Notes',
  'wrapUp.save': 'Save call',
  'wrapUp.saving': 'Saving the call to HubSpot…',
  'wrapUp.notesCount': '{{used}} of the {{limit}} characters HubSpot keeps',
  'wrapUp.notesOver':
    'HubSpot keeps {{limit}} characters of notes: the last {{over}}, shown below, will not be logged.',
  'wrapUp.notesNotLogged': 'Not logged',

  'engagement.pending': 'Creating the call on the HubSpot timeline…',
  'engagement.created': 'Logged on the HubSpot timeline.',
  'engagement.failed.noReason':
    'HubSpot could not create the call record. Your notes are kept here.',
  'engagement.failed':
    'HubSpot could not create the call record: {{reason}} Your notes are kept here.',

  'announce.handedOff': 'Call handed to your phone. Tell HubSpot how it went.',
  'announce.incoming': 'Incoming call. Tell HubSpot how it went.',
  'announce.connected': 'Call connected. The timer is running.',
  'announce.wrapUp': 'Call ended after {{duration}}. Log the call.',
  'announce.wrapUpUnanswered': 'Call ended. Log the call.',
  'announce.saved': 'Call saved.',
  'announce.numberNeeded': 'Check the number before the call.',

  'notices.yourNotes': 'Your notes',
  'notices.copyNotes': 'Copy notes',
  'notices.dismiss': 'Dismiss',

  'waiting.asked': 'HubSpot asked to call {{number}}.',
  'waiting.queued': 'It will be handed off as soon as this call is saved.',
  'waiting.finishFirst': 'Finish this call first, or call it next.',
  'waiting.callItNow': 'Call it now?',
  'waiting.callNext': 'Call next',
  'waiting.callNow': 'Call now',
  'waiting.ignore': 'Ignore',
  'waiting.dontCallNext': "Don't call next",
  'waiting.dropped_one':
    '{{formatted}} earlier request for another number was replaced by this one.',
  'waiting.dropped_other':
    '{{formatted}} earlier requests for other numbers were replaced by this one.',

  'deepLink.opensOnPhone': 'Opens {{app}} on this phone.',
  'deepLink.qrLabel': 'QR code: {{action}}',
  'deepLink.scan': "Scan with your phone's camera to open {{app}}.",
  'deepLink.tooLong':
    'This link is too long for a QR code. Copy it to your phone, or shorten the message.',
  'deepLink.label': 'Deep link',
  'deepLink.copy': 'Copy',
  'deepLink.copied': 'Copied',
  'deepLink.manualCopy': 'Press Ctrl+C (⌘C on a Mac) to copy the link.',
  'deepLink.openHere': 'Open here',

  'caller.name': 'Caller lookup',
  'caller.notSetUp': 'Caller lookup is not set up: {{problem}}',
  'caller.looking': 'Looking up the caller…',
  'caller.several': 'Several contacts share this number: who is it?',
  'caller.nameless_one':
    '{{formatted}} more entry was left out: the service sent it without a name.',
  'caller.nameless_other':
    '{{formatted}} more entries were left out: the service sent them without a name.',
  'caller.notFound': 'Not found in your lookup service',
  'caller.failed': 'Caller lookup: {{message}}',
  'caller.contactPage': 'Contact page',
  'caller.companyPage': 'Company page',
  'caller.running': 'Running {{name}}…',
  'caller.done': '{{name}} done.',
  'caller.openResult': 'Open the result',
  'caller.workflowFailed': '{{name}}: {{message}}',

  'settings.heading': 'Settings',
  'settings.language': 'Language',
  'settings.languageAuto': 'Browser language ({{name}})',
  'settings.phoneApp': 'Phone app',
  'settings.done': 'Done',
  'settings.intro': 'Changes here are saved when you press Done.',

  'openPhone.intro':
    'Your OpenPhone numbers to call from. With none, OpenPhone uses the number selected in the app.',
  'openPhone.list': 'Caller ids',
  'openPhone.remove': 'Remove',
  'openPhone.removeName': 'Remove {{number}}',
  'openPhone.number': 'OpenPhone number',
  'openPhone.add': 'Add',
  'openPhone.duplicate': '{{number}} is already in the list.',
  'openPhone.tooMany': 'Keep at most {{max}} caller ids.',
  'openPhone.autoDial': 'Dial at once when the link opens',

  'careSoft.domain': 'CareSoft domain',
  'careSoft.token': 'CsCall token',
  'careSoft.linkType': 'Link type',
  'careSoft.directLink': 'Direct link (mapi.caresoft.vn), the default',
  'careSoft.appLink':
    "CareSoft's documented link (caresoftcall.page.link): Firebase Dynamic Links, shut down in August 2025",
  'careSoft.country': "Your CareSoft account's country",
  'careSoft.countryHint':
    "CsCall dials this country's numbers in national form (0988 888 888), every other number with its country code.",
  'careSoft.internationalPrefix': 'Numbers abroad',
  'careSoft.prefix00': '00 and the country code (0014107934326)',
  'careSoft.prefixPlus': '+ and the country code (+14107934326)',
  'careSoft.loggedIn': 'Logged in to CsCall.',
  'careSoft.logOut': 'Log out',
  'careSoft.logInHeading': 'Log in to CsCall',
  'careSoft.confirm': "I'm logged in",
  'careSoft.expired':
    'This token for extension {{extension}} has expired: ask your admin for a new one.',
  'careSoft.validUntil': 'Token for extension {{extension}}, valid until {{date}}.',
  'careSoft.noExpiry': 'Token for extension {{extension}}, no expiry date.',

  'lookup.heading': 'Caller lookup',
  'lookup.intro':
    "Your company's phone lookup service shows who a number belongs to. It must allow this widget's address (CORS).",
  'lookup.url': 'Lookup service URL',
  'lookup.token': 'Token',
  'lookup.more': 'More options',
  'lookup.header': 'Header name',
  'lookup.method': 'Method',
  'lookup.methodDefault': 'Default ({{method}})',
  'lookup.timeout': 'Timeout (ms)',
  'lookup.timeoutNotNumber': 'The timeout must be a number of milliseconds, such as 2000.',
  'lookup.autoCallFlow': 'Run CallFlow when a call is saved',

  'followUp.open': 'Send a text',
  'followUp.recorded': 'The text is recorded in the notes.',
  'followUp.heading': 'Send a text to {{number}}',
  'followUp.template': 'Template',
  'followUp.blank': 'Blank message',
  'followUp.message': 'Message',
  'followUp.length': '{{length}} / {{max}} characters',
  'followUp.attached': 'Attached: {{files}}',
  'followUp.confirmHint': "Send it in OpenPhone, then confirm here so the call's notes record it.",
  'followUp.sent': 'Text sent',
  ...enTimeline,
  'followUp.note.sent': 'Follow-up text sent.',
  'followUp.note.sentText': 'Follow-up text sent: {{text}}',
  'followUp.note.attachments': 'Attachments: {{files}}',
  'followUp.close': 'Close',

  'group.open': 'Add people',
  'group.heading': 'Add people',
  'group.whoJoins': 'Who joins',
  'group.thisCall': '{{number}} (this call)',
  'group.teammate': '{{name}} ({{number}})',
  'group.noTeammates': 'Add teammates in Settings to pick them here, or type a number below.',
  'group.others': 'Other numbers',
  'group.remove': 'Remove',
  'group.removeName': 'Remove {{number}}',
  'group.number': 'Another number',
  'group.numberExample': '+1 410 555 0134 or @9997934326',
  'group.addNumber': 'Add number',
  'group.duplicate': '{{number}} is already in the group.',
  'group.size': '{{numbers}} of {{max}} numbers; you are the 10th participant.',
  'group.sizeOver':
    '{{numbers}} numbers chosen: OpenPhone takes at most {{max}} (you are the 10th participant).',
  'group.start': 'Start',
  'group.call': 'Group call',
  'group.text': 'Group text',
  'group.pick': 'Pick a teammate or add a number to make a group.',
  'group.close': 'Close',

  'teammates.heading': 'Teammates',
  'teammates.intro':
    'People to bring into group calls and texts: their OpenPhone direct number (@…) or their phone number with its country code.',
  'teammates.list': 'Teammates',
  'teammates.remove': 'Remove',
  'teammates.removeName': 'Remove {{name}}',
  'teammates.name': "Teammate's name",
  'teammates.number': "Teammate's number",
  'teammates.numberExample': '@9997934326 or +1 410 555 0134',
  'teammates.add': 'Add teammate',
  'teammates.duplicate': '{{number}} is already in the list.',
  'teammates.tooMany':
    'Keep at most {{max}} teammates: a group holds the contact and {{max}} more.',

  'templates.heading': 'Follow-up texts',
  'templates.intro': 'Texts to send from OpenPhone after a call, filled in with names.',
  'templates.agentName': 'Your name',
  'templates.list': 'Text templates',
  'templates.withFiles_one': '{{name}} ({{formatted}} file)',
  'templates.withFiles_other': '{{name}} ({{formatted}} files)',
  'templates.edit': 'Edit',
  'templates.editName': 'Edit {{name}}',
  'templates.remove': 'Remove',
  'templates.removeName': 'Remove {{name}}',
  'templates.full': 'You have {{max}} templates, the most the widget keeps.',
  'templates.new': 'New template',
  'templates.restore': 'Restore the defaults',
  'templates.name': 'Template name',
  'templates.text': 'Template text',
  'templates.textHelp':
    "{{length}} / {{max}} characters. {firstName} is the contact's first name, {agentName} your name.",
  'templates.attachments': 'Attachments (one https link per line)',
  'templates.add': 'Add template',
  'templates.keep': 'Keep changes',
  'templates.cancel': 'Cancel',

  'notice.storageBlocked':
    'This browser blocks storage here: settings and a call in progress last only until the widget reloads, so save each call before leaving the page.',
  'notice.settingsNotSaved': 'Settings could not be saved in this browser; they last until reload.',
  'notice.settings.unreadable': 'Saved settings were unreadable and were reset.',
  'notice.settings.callerIdsDropped':
    'Some saved caller ids were not valid numbers and were removed.',
  'notice.settings.templatesDropped': 'Some saved text templates were not valid and were removed.',
  'notice.settings.teammatesDropped': 'Some saved teammates were not valid and were removed.',
  'notice.callSetAside': 'A saved call could not be read and was set aside.',
  'notice.callInMemory':
    'This browser would not save the call: it is kept in memory only, so keep this widget open until the call is saved.',
  'notice.callNotSent':
    'This browser would not save the call and kept an older copy of it: nothing more is sent to HubSpot from this widget, so nothing is logged twice. Log the call in HubSpot yourself.',
  'notice.adminSetting': 'The widget address has a setting the widget cannot use: {{problem}}',
  'hubspot.engagementNotLogged':
    'The call could not be logged in HubSpot; its notes are kept in the calling widget. HubSpot said: {{reason}}',
  'notice.dialWithoutNumber': 'HubSpot asked for a call but sent no phone number.',
  'notice.callNotPrepared': 'The call could not be prepared. Reload the widget and try again.',
  'notice.engagementWaitExpired':
    'HubSpot did not confirm the call record in time, so the call was logged without it. Check the timeline, and copy your notes to keep them.',
  'notice.engagementLate':
    'HubSpot created the record of the call to {{number}} only after it was saved without it. Check on the timeline that this call has its outcome and notes.',
  'notice.engagementFailed':
    'HubSpot could not create the call record, so this call is not on the timeline: copy your notes to keep them. HubSpot said: {{reason}}',
  'notice.updateFailed':
    'HubSpot did not save the call details: {{reason}} Copy your notes to keep them.',
  'notice.navigateFailed': 'HubSpot could not open the record: {{reason}}',
  'notice.engagementFailed.noReason':
    'HubSpot could not create the call record, so this call is not on the timeline: copy your notes to keep them.',
  'hubspot.engagementNotLogged.noReason':
    'The call could not be logged in HubSpot; its notes are kept in the calling widget.',
  'notice.updateFailed.noReason':
    'HubSpot did not save the call details. Copy your notes to keep them.',
  'notice.navigateFailed.noReason': 'HubSpot could not open the record.',
  'incomingForm.finishFirst': 'Finish the current call first.',

  // Problems and actions the domain modules hand over as codes (handoff/, lookup/, settings/).
  'number.problem.empty': 'No number was given.',
  'number.problem.letters':
    'A phone number has only digits; letters (and extensions such as "ext. 12") cannot be dialled from a link.',
  'number.problem.notDigits': 'A phone number has only digits, with an optional + in front.',
  'number.problem.noCountry':
    'The contact has no country, so the number needs + and its country code (for example +1 410 793 4326).',
  'number.problem.callerIdNeedsPlus':
    'Write your OpenPhone number with + and its country code, for example +1 323 999 1234.',
  'number.problem.tooShort': 'Too short for a phone number.',
  'number.problem.tooShortIn': 'Too short for a phone number in {{country, region}}.',
  'number.problem.tooLong': 'Too long for a phone number.',
  'number.problem.tooLongIn': 'Too long for a phone number in {{country, region}}.',
  'number.problem.notANumber': 'Not a phone number.',
  'number.problem.notANumberIn': 'Not a phone number in {{country, region}}.',
  'number.problem.noSuchCountryCode': 'No country uses this country code.',
  'number.problem.unreadable': 'This number cannot be dialled as it is: correct it.',
  'number.problem.directNumber':
    'A direct number is @ followed by digits only, for example @9997934326.',
  'number.problem.groupNeedsPlus':
    "Write the number with + and its country code (for example +1 410 555 0134), or a teammate's direct number such as @9997934326.",
  'link.problem.noNumber': 'There is no number to call.',
  'link.problem.emptyNumber': 'A number to call or text is empty.',
  'link.problem.emptyCallerId':
    'The caller id is empty: leave it out to use the number selected in OpenPhone.',
  'link.problem.tooManyToCall':
    'OpenPhone calls at most {{max}} numbers at once (you are the 10th participant); this has {{given}}.',
  'link.problem.tooManyToText':
    'OpenPhone texts at most {{max}} numbers at once (you are the 10th participant); this has {{given}}.',
  'link.problem.unsafeCharacter':
    'The number “{{number}}” contains “{{character}}”, which is not part of a phone number.',
  'link.problem.invisibleCharacter':
    'The number “{{number}}” contains an invisible character ({{codePoint}}), which is not part of a phone number.',
  'link.problem.notANumber':
    '“{{number}}” is not a phone number: use digits only, with an optional + in front.',
  'link.problem.notACallerId':
    '“{{number}}” is not an OpenPhone number to call from: use digits only, with an optional + in front.',
  'link.problem.brokenText': 'The message text contains a broken character that cannot be sent.',
  'link.problem.brokenAttachment':
    'The attachment contains a broken character that cannot be sent.',
  'link.problem.noToken':
    'The CsCall token is missing: paste the token your CareSoft admin gave you in Settings.',
  'link.problem.tokenCharacters':
    'The CsCall token contains spaces, line breaks or characters a token cannot have: paste it again in one piece.',
  'link.problem.noCallId':
    'The call has no id to give CareSoft (tempId), so its status could not be found later.',
  'link.problem.callIdCharacters':
    'The call id given to CareSoft (tempId) must be printable ASCII without spaces.',
  'link.problem.careSoftDigits':
    'CsCall can only dial digits, with an optional leading +: “{{number}}” is not such a number.',
  'link.problem.noDomain':
    'The CareSoft domain is missing: it is the name of your CareSoft account, such as khachhang01.',
  'link.problem.domainIsAddress':
    'Enter only the CareSoft domain name, not a web address: for https://caresoft.vn/khachhang01 that is khachhang01.',
  'link.problem.domainShape':
    'The CareSoft domain is a single name of at most 63 letters, digits and hyphens, such as khachhang01.',
  'link.problem.linkMode':
    'The CsCall link type “{{mode}}” is unknown: choose one again in Settings.',
  'link.problem.careSoftNeedsToken': 'Add your CsCall token in Settings to call with CareSoft.',
  'link.problem.unexpected': 'The link could not be made. Reload the widget and try again.',
  'attachment.problem.spaces':
    'The attachment “{{attachment}}” contains spaces or invisible characters.',
  'attachment.problem.notAnAddress': 'The attachment “{{attachment}}” is not a web address.',
  'attachment.problem.notHttps': 'The attachment “{{attachment}}” must be an https:// link.',
  'attachment.problem.noExtension':
    'The attachment “{{attachment}}” must point at a file with an extension, such as .pdf or .jpg.',
  'followUp.problem.tooLong':
    'A text can be at most {{max, number}} characters; this one has {{length, number}}. Shorten it.',
  'followUp.problem.empty': 'Write a message (or pick a template) first.',
  'group.problem.tooManyToCall':
    'OpenPhone calls at most {{max}} numbers at once (you are the 10th participant). Remove {{extra}} to continue.',
  'group.problem.tooManyToText':
    'OpenPhone texts at most {{max}} numbers at once (you are the 10th participant). Remove {{extra}} to continue.',
  'deepLink.action.callOpenPhone': 'Call with OpenPhone',
  'deepLink.action.callCsCall': 'Call with CsCall',
  'deepLink.action.logInCsCall': 'Log in to CsCall',
  'deepLink.action.textOpenPhone': 'Text with OpenPhone',
  'deepLink.action.groupCall': 'Start the group call',
  'deepLink.action.groupText': 'Open the group text',
  'templates.problem.noName': 'Give the template a name, such as "Missed call".',
  'templates.problem.longName': "Keep the template's name under {{max}} characters.",
  'templates.problem.noText': 'Write the message this template sends.',
  'templates.problem.longText':
    "A template can be at most {{max, number}} characters (OpenPhone's limit for one text); this one has {{length, number}}.",
  'templates.problem.placeholder':
    "{{placeholder}} is not a placeholder: use {firstName} for the contact's first name or {agentName} for your name.",
  'templates.problem.manyFiles': 'Attach at most {{max}} files to one template.',
  'templates.problem.longAgentName': 'Keep your name under {{max}} characters.',
  'teammates.problem.noName': "Write your teammate's name.",
  'teammates.problem.longName': 'Keep the name under {{max}} characters.',
  'careSoft.problem.spaces':
    'The token contains spaces or line breaks: paste it again in one piece.',
  'careSoft.problem.parts':
    'This is not a CsCall token: it should have three parts separated by dots.',
  'careSoft.problem.unreadable':
    'This is not a CsCall token: its parts are not readable, it may have been cut or altered when copied.',
  'careSoft.problem.algorithm':
    'This token is not signed the way CsCall expects (HS256): ask your CareSoft admin for a new one.',
  'careSoft.problem.unsigned': 'The token is not signed: ask your CareSoft admin for a signed one.',
  'careSoft.problem.cutShort': 'The token looks cut short or altered: copy it again in full.',
  'careSoft.problem.noExtension': 'The token has no ipphone (extension) in it.',
  'careSoft.problem.expiry': 'The token has an expiry date (exp) that is not a date.',
  'lookup.problem.noAddress':
    'Enter the address of your lookup service, for example https://crm.example.com/api.',
  'lookup.problem.longAddress': 'This address is too long to be a lookup service root.',
  'lookup.problem.notAnAddress':
    'Enter the full address, starting with https://, for example https://crm.example.com/api.',
  'lookup.problem.plainHttp':
    'The address must start with https:// (plain http is only for localhost): the token would travel unencrypted.',
  'lookup.problem.notHttps': 'The address must start with https://.',
  'lookup.problem.credentials':
    'Remove the user name and password from the address: the token goes in the header value.',
  'lookup.problem.query':
    'Remove everything from ? or # on: the widget adds /Lookup?PhoneNumber=… itself, and private data never goes in the address.',
  'lookup.problem.endsInLookup':
    'Enter the root address without /Lookup at the end (the widget adds it): {{root}}',
  'lookup.problem.method': 'Choose POST (with a JSON body, the default) or GET (no body).',
  'lookup.problem.noHeader':
    'Enter the header name your service reads the token from (usually {{usual}}).',
  'lookup.problem.headerShape':
    'A header name has only letters, digits and - (for example X-Execution-Token), no spaces or colon.',
  'lookup.problem.forbiddenHeader':
    'Browsers never send a header named {{header}}: choose another name, such as {{usual}}.',
  'lookup.problem.noToken': 'Enter the token your lookup service expects (your admin has it).',
  'lookup.problem.tokenLines': 'The token must be on one line.',
  'lookup.problem.tokenCharacters':
    'The token may only contain plain letters, digits and punctuation (printable ASCII).',
  'lookup.problem.longToken': 'This token is too long to send in a header.',
  'lookup.problem.timeout':
    'Enter a timeout between {{min}} and {{max}} milliseconds (default {{usual}}).',
  'lookup.problem.provider': 'Unknown provider “{{provider}}”: use openphone or caresoft.',
  'lookup.problem.tokenInUrl':
    'Tokens do not belong in the widget URL: “{{parameter}}” was ignored, since anyone who sees the address could use it. Remove it from the URL and ask each agent to enter it in Settings.',
  'lookup.problem.blocked': 'the lookup service did not answer (network or CORS)',
  'lookup.problem.notSearchable': '{{number}} is not a number the lookup service can search for.',
  'lookup.problem.timedOut': 'The lookup service did not answer within {{seconds, number}} s.',
  'lookup.problem.unreachable':
    'The lookup service is unreachable (HTTP 404): check its address in Settings.',
  'lookup.problem.tokenRefused':
    'The lookup service refused the token (HTTP {{status}}): check the header name and value in Settings.',
  'lookup.problem.httpError': 'The lookup service answered with an error (HTTP {{status}}).',
  'lookup.problem.notJson': 'The lookup service answered something that is not JSON.',
  'lookup.problem.notAList': 'The lookup service answered without a list of contacts.',
  'lookup.problem.nameless': 'The lookup service answered contacts without a name.',
  'lookup.problem.badHeader':
    'The lookup header name or value cannot be sent: check them in Settings.',
  'lookup.problem.notSent': 'The lookup request could not be sent.',
  'lookup.problem.redirect':
    'The lookup service answered with a redirect: enter its final address as the root URL in Settings.',
  'lookup.problem.unreadable': 'The answer of the lookup service could not be read.',
  'lookup.problem.tooLarge':
    'The answer of the lookup service is too large to be a list of contacts.',
  'lookup.problem.notStarted': 'The caller lookup could not start. Reload the widget to try again.',
  'workflow.problem.notStarted': 'The workflow could not start. Reload the widget to try again.',
  'workflow.problem.name':
    '“{{name}}” is not a workflow name the widget can run (letters, digits, - _ and . only).',
  'workflow.problem.timedOut':
    '{{name}} did not answer within {{seconds, number}} s. It may still have run: check the CRM before running it again.',
  'workflow.problem.notFound': 'The lookup service has no workflow named {{name}} (HTTP 404).',
  'workflow.problem.httpError': '{{name}} failed (HTTP {{status}}).',
  // The admin's ?sync=on: the sync service writes what the phone knows (src/settings/phone-sync.ts).
  'wrapUp.phoneSync': 'Duration and recording will come from your phone system.',
  'notice.phoneSyncUnread':
    "The widget address says sync={{given}}, which is neither on nor off, so this widget logs the call's duration and status itself. Ask your admin to check the address.",
  // A call HubSpot's handshake named after a reload that kept nothing (src/call/state.ts, `recalled`).
  'recalled.heading': 'Finish the call you were on',
  'recalled.why':
    'This page reloaded during a call and your browser keeps nothing for this widget, so its number and length are lost. HubSpot still shows the call in progress.',
  'recalled.save': 'Log it on that call',
  'recalled.dismiss': 'Leave it unfinished',
  'recalled.dismissMeans':
    'Leave it unfinished: nothing is sent, and HubSpot keeps the call as it is, with no outcome and no notes.',
  'announce.recalled': 'A call was in progress before the page reloaded. Finish it or leave it.',
} as const;
