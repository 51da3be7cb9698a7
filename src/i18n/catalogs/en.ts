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
  'handoff.callFrom': 'Call from',
  'handoff.appSelected': 'Number selected in OpenPhone',
  'handoff.thenTell': 'Then tell HubSpot how it went:',
  'handoff.connected': 'Connected',
  'handoff.noAnswer': 'No answer',
  'handoff.busy': 'Busy',
  'handoff.cancel': 'Cancel call',

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

  'engagement.pending': 'Creating the call on the HubSpot timeline…',
  'engagement.created': 'Logged on the HubSpot timeline.',
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
  'caller.unknown': 'Unknown caller',
  'caller.noMatch': 'No contact has this number in your CRM.',
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
  'careSoft.appLink': 'CsCall app link (page.link)',
  'careSoft.directLink': 'Direct link (mapi.caresoft.vn)',
  'careSoft.save': 'Save CsCall details',
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
  'lookup.saved': 'Lookup settings saved.',
  'lookup.save': 'Save lookup settings',
} as const;
