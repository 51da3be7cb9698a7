import type { Catalog } from '../catalog';

/** Japanese, with HubSpot's own Japanese words for calls, outcomes and notes. */
export const ja: Catalog = {
  'app.connecting': 'HubSpotに接続しています…',
  'app.loading': '読み込み中…',

  'outcome.connected': '接続済み',
  'outcome.leftVoicemail': '留守番電話にメッセージを残した',
  'outcome.leftLiveMessage': '伝言を残した',
  'outcome.noAnswer': '応答なし',
  'outcome.busy': '話し中',
  'outcome.wrongNumber': '間違い番号',

  'callee.noRecord': 'HubSpotレコードなし（チケットまたは番号から発信）',
  'callee.inbound': 'あなたの電話への着信',
  'callee.contact': 'コンタクトレコード #{{id}}',
  'callee.company': '会社レコード #{{id}}',

  'idle.heading': '次のコールの準備ができました',
  'idle.hint':
    'HubSpotのレコードで［コール］をクリックすると、コールがお使いの電話に渡り、ここに記録されます。',
  'idle.lastTo': '{{number}} へのコールを保存しました。',
  'idle.lastFrom': '{{number}} からのコールを保存しました。',
  'idle.lastToTimed': '{{number}} へのコール（{{duration}}）を保存しました。',
  'idle.lastFromTimed': '{{number}} からのコール（{{duration}}）を保存しました。',
  'idle.lastToOutcome': '{{number}} へのコールを「{{outcome}}」として保存しました。',
  'idle.lastFromOutcome': '{{number}} からのコールを「{{outcome}}」として保存しました。',
  'idle.lastToOutcomeTimed':
    '{{number}} へのコール（{{duration}}）を「{{outcome}}」として保存しました。',
  'idle.lastFromOutcomeTimed':
    '{{number}} からのコール（{{duration}}）を「{{outcome}}」として保存しました。',
  'idle.settings': '設定',
  'idle.careSoft.noToken':
    'CsCallが設定されていません。設定でCareSoftのドメインとCsCallトークンを追加するまで、コールを電話に渡せません。',
  'idle.careSoft.expired':
    'CsCallトークンの有効期限が切れています。設定で新しいトークンを貼り付けるまで、コールを電話に渡せません。',
  'idle.careSoft.notConfirmed':
    'CsCallにログインしていません。設定を開き、電話でログインリンクを確認してください。',
  'idle.careSoft.openSettings': '設定を開く',
  'idle.careSoft.expiresSoon':
    'CsCallのトークンは{{date}}に期限切れになります。それまでに管理者から新しいトークンをもらい、設定に貼り付けてください。期限が切れると通話が電話に届かなくなります。',
  'notice.careSoftSignIn.noToken':
    'コールは開始されませんでした。CsCallが設定されていません。設定でCsCallトークンを追加してください。',
  'notice.careSoftSignIn.expired':
    'コールは開始されませんでした。CsCallトークンの有効期限が切れています。設定で新しいトークンを貼り付けてください。',
  'notice.careSoftSignIn.notConfirmed':
    'コールは開始されませんでした。CsCallにログインしていません。設定でログインリンクを確認してください。',

  'availability.label': 'コールを受け付ける',

  'incomingForm.open': '着信',
  'incomingForm.name': '着信',
  'incomingForm.number': '発信者の番号',
  'incomingForm.submit': '着信を記録',
  'incomingForm.close': '閉じる',

  'remote.busy': 'コールウィンドウで通話中です。',

  'number.heading': '番号を確認してください',
  'number.hintContact':
    'HubSpotから「{{given}}」が届きました（コンタクトレコード #{{id}}）。修正すると、コールが電話に渡ります。',
  'number.hintCompany':
    'HubSpotから「{{given}}」が届きました（会社レコード #{{id}}）。修正すると、コールが電話に渡ります。',
  'number.hintNoRecord':
    'HubSpotから「{{given}}」が届きました（レコードなし）。修正すると、コールが電話に渡ります。',
  'number.label': '電話番号',
  'number.submit': 'この番号にコール',

  'handoff.heading': '電話でコールしてください',
  'handoff.careSoftExpiresSoon':
    'CsCallのトークンは{{date}}に期限切れになります。この通話のあと、管理者から受け取った新しいトークンを設定に貼り付けてください。',
  'handoff.dials': '{{app}}は{{number}}に発信します。',
  'handoff.callFrom': '発信元の番号',
  'handoff.appSelected': 'OpenPhoneで選択中の番号',
  'handoff.thenTell': '終わったら結果をHubSpotに伝えてください：',
  'handoff.connected': '接続済み',
  'handoff.noAnswer': '応答なし',
  'handoff.busy': '話し中',
  'handoff.cancel': 'コールをキャンセル',
  'handoff.canceling': 'コールをキャンセルしました。数秒後にキャンセルとして記録されます。',
  'handoff.undoCancel': '元に戻す',

  'connected.heading': '通話中',
  'connected.endCall': 'コールを終了',

  'timer.label': '通話時間',

  'incoming.heading': '着信',
  'incoming.howDidItGo': 'コールはどうなりましたか？',
  'incoming.answered': '応答した',
  'incoming.missed': '不在着信',
  'incoming.declined': '拒否した',
  'incoming.noMatch': 'この番号のHubSpotレコードはありません。',
  'incoming.matchContact': 'HubSpot：{{name}}（コンタクト）',
  'incoming.matchCompany': 'HubSpot：{{name}}（会社）',
  'incoming.openRecord': 'レコードを開く',
  'incoming.openRecordName': '{{name}}をHubSpotで開く',

  'wrapUp.heading': 'コールを記録',
  'wrapUp.ended.COMPLETED': 'コール終了',
  'wrapUp.ended.NO_ANSWER': '応答なし',
  'wrapUp.ended.BUSY': '話し中',
  'wrapUp.ended.CANCELED': 'HubSpotからコール終了',
  'wrapUp.ended.FAILED': 'コール失敗',
  'wrapUp.ended.MISSED': '不在着信',
  'wrapUp.ended.REJECTED': '着信拒否',
  'wrapUp.outcome': '通話結果',
  'wrapUp.notes': 'メモ',
  'wrapUp.save': 'コールを保存',
  'wrapUp.saving': 'コールをHubSpotに保存しています…',
  'wrapUp.notesCount': 'HubSpotが保存できる{{limit}}文字のうち{{used}}文字',
  'wrapUp.notesOver':
    'HubSpotが保存できるメモは{{limit}}文字までです。下に表示した最後の{{over}}文字は記録されません。',
  'wrapUp.notesNotLogged': '記録されない部分',

  'engagement.pending': 'HubSpotのタイムラインにコールを作成しています…',
  'engagement.created': 'HubSpotのタイムラインに記録しました。',
  'engagement.failed.noReason':
    'HubSpotがコールレコードを作成できませんでした。メモはここに残っています。',
  'engagement.failed':
    'HubSpotがコールレコードを作成できませんでした：{{reason}} メモはここに残っています。',

  'announce.handedOff': 'コールを電話に渡しました。結果をHubSpotに伝えてください。',
  'announce.incoming': '着信です。結果をHubSpotに伝えてください。',
  'announce.connected': 'コールが接続されました。通話時間を計測しています。',
  'announce.wrapUp': '{{duration}}でコールが終了しました。コールを記録してください。',
  'announce.wrapUpUnanswered': 'コールが終了しました。コールを記録してください。',
  'announce.saved': 'コールを保存しました。',
  'announce.numberNeeded': 'コールの前に番号を確認してください。',

  'notices.yourNotes': 'メモ',
  'notices.copyNotes': 'メモをコピー',
  'notices.dismiss': '閉じる',

  'waiting.asked': 'HubSpotから{{number}}へのコール依頼がありました。',
  'waiting.queued': 'このコールを保存したらすぐに渡します。',
  'waiting.finishFirst': 'このコールを先に終えるか、次にコールしてください。',
  'waiting.callItNow': '今すぐコールしますか？',
  'waiting.callNext': '次にコール',
  'waiting.callNow': '今すぐコール',
  'waiting.ignore': '無視',
  'waiting.dontCallNext': '次にコールしない',
  'waiting.dropped_other': 'ほかの番号への{{formatted}}件の依頼は、この依頼に置き換えられました。',

  'deepLink.opensOnPhone': 'この電話で{{app}}を開きます。',
  'deepLink.qrLabel': 'QRコード：{{action}}',
  'deepLink.scan': '電話のカメラでスキャンすると{{app}}が開きます。',
  'deepLink.tooLong':
    'このリンクはQRコードには長すぎます。電話にコピーするか、メッセージを短くしてください。',
  'deepLink.label': 'アプリのリンク',
  'deepLink.copy': 'コピー',
  'deepLink.copied': 'コピーしました',
  'deepLink.manualCopy': 'Ctrl+C（Macは⌘C）でリンクをコピーしてください。',
  'deepLink.openHere': 'ここで開く',

  'caller.name': '発信者の照会',
  'caller.notSetUp': '発信者の照会が設定されていません：{{problem}}',
  'caller.looking': '発信者を照会しています…',
  'caller.several': 'この番号は複数のコンタクトで共有されています。どなたですか？',
  'caller.nameless_other': '名前のない{{formatted}}件の結果を除外しました。',
  'caller.notFound': '照会サービスに見つかりません',
  'caller.failed': '発信者の照会：{{message}}',
  'caller.contactPage': 'コンタクトのページ',
  'caller.companyPage': '会社のページ',
  'caller.running': '{{name}}を実行しています…',
  'caller.done': '{{name}}が完了しました。',
  'caller.openResult': '結果を開く',
  'caller.workflowFailed': '{{name}}：{{message}}',

  'settings.heading': '設定',
  'settings.language': '言語',
  'settings.languageAuto': 'ブラウザーの言語（{{name}}）',
  'settings.phoneApp': '電話アプリ',
  'settings.done': '完了',
  'settings.intro': 'ここでの変更は「完了」を押すと保存されます。',

  'openPhone.intro':
    '発信に使うOpenPhoneの番号です。未登録の場合、OpenPhoneはアプリで選択中の番号を使います。',
  'openPhone.list': '発信者番号',
  'openPhone.remove': '削除',
  'openPhone.removeName': '{{number}}を削除',
  'openPhone.number': 'OpenPhoneの番号',
  'openPhone.add': '追加',
  'openPhone.duplicate': '{{number}}はすでにリストにあります。',
  'openPhone.tooMany': '発信者番号は{{max}}件までです。',
  'openPhone.autoDial': 'リンクを開いたらすぐに発信する',

  'careSoft.domain': 'CareSoftのドメイン',
  'careSoft.token': 'CsCallトークン',
  'careSoft.linkType': 'リンクの種類',
  'careSoft.directLink': '直接リンク（mapi.caresoft.vn）、既定',
  'careSoft.appLink':
    'CareSoftのドキュメントにあるリンク（caresoftcall.page.link）：Firebase Dynamic Links、2025年8月に提供終了',
  'careSoft.country': 'CareSoftアカウントの国',
  'careSoft.countryHint':
    'CsCallはこの国の番号を国内形式（0988 888 888）で、それ以外の番号は国番号付きで発信します。',
  'careSoft.internationalPrefix': '海外の番号',
  'careSoft.prefix00': '00と国番号（0014107934326）',
  'careSoft.prefixPlus': '+と国番号（+14107934326）',
  'careSoft.loggedIn': 'CsCallにログイン済みです。',
  'careSoft.logOut': 'ログアウト',
  'careSoft.logInHeading': 'CsCallにログイン',
  'careSoft.confirm': 'ログインしました',
  'careSoft.expired':
    '内線{{extension}}のトークンは期限切れです。管理者に新しいトークンを依頼してください。',
  'careSoft.validUntil': '内線{{extension}}のトークン、{{date}}まで有効。',
  'careSoft.noExpiry': '内線{{extension}}のトークン、有効期限なし。',

  'lookup.heading': '発信者の照会',
  'lookup.intro':
    '会社の電話番号照会サービスで、番号の持ち主を表示します。このウィジェットのアドレスを許可（CORS）しておく必要があります。',
  'lookup.url': '照会サービスのURL',
  'lookup.token': 'トークン',
  'lookup.more': 'その他のオプション',
  'lookup.header': 'ヘッダー名',
  'lookup.method': 'メソッド',
  'lookup.methodDefault': 'デフォルト（{{method}}）',
  'lookup.timeout': 'タイムアウト（ミリ秒）',
  'lookup.timeoutNotNumber': 'タイムアウトはミリ秒単位の数値で入力してください（例：2000）。',
  'lookup.autoCallFlow': 'コールの保存時にCallFlowを実行する',

  'followUp.open': 'SMSを送信',
  'followUp.recorded': 'SMSをメモに記録しました。',
  'followUp.heading': '{{number}}にSMSを送信',
  'followUp.template': 'テンプレート',
  'followUp.blank': '空のメッセージ',
  'followUp.message': 'メッセージ',
  'followUp.length': '{{length}} / {{max}}文字',
  'followUp.attached': '添付ファイル：{{files}}',
  'followUp.confirmHint':
    'OpenPhoneで送信したら、ここで送信済みにしてください。コールのメモに記録されます。',
  'followUp.sent': 'SMS送信済み',
  'timeline.callTo': '{{who}}への発信',
  'timeline.callFrom': '{{who}}からの着信',
  'timeline.namedNumber': '{{name}}（{{number}}）',
  'followUp.note.sent': 'フォローアップのSMSを送信しました。',
  'followUp.note.sentText': 'フォローアップのSMSを送信しました：{{text}}',
  'followUp.note.attachments': '添付ファイル：{{files}}',
  'followUp.close': '閉じる',

  'group.open': 'メンバーを追加',
  'group.heading': 'メンバーを追加',
  'group.whoJoins': '参加者',
  'group.thisCall': '{{number}}（このコール）',
  'group.teammate': '{{name}}（{{number}}）',
  'group.noTeammates':
    '設定でチームメイトを登録するとここで選べます。下で番号を入力することもできます。',
  'group.others': 'その他の番号',
  'group.remove': '削除',
  'group.removeName': '{{number}}を削除',
  'group.number': 'ほかの番号',
  'group.numberExample': '+81 90 1234 5678 または @9997934326',
  'group.addNumber': '番号を追加',
  'group.duplicate': '{{number}}はすでにグループに入っています。',
  'group.size': '番号 {{numbers}} / {{max}}件。あなたは10人目の参加者です。',
  'group.sizeOver':
    '{{numbers}}件の番号を選択中：OpenPhoneで使えるのは最大{{max}}件です（あなたは10人目の参加者です）。',
  'group.start': '開始',
  'group.call': 'グループコール',
  'group.text': 'グループSMS',
  'group.pick': 'チームメイトを選ぶか番号を追加して、グループを作成してください。',
  'group.close': '閉じる',

  'teammates.heading': 'チームメイト',
  'teammates.intro':
    'グループコールやグループSMSに加えるメンバーです。OpenPhoneの直通番号（@…）か、国番号付きの電話番号を登録します。',
  'teammates.list': 'チームメイト',
  'teammates.remove': '削除',
  'teammates.removeName': '{{name}}を削除',
  'teammates.name': 'チームメイトの名前',
  'teammates.number': 'チームメイトの番号',
  'teammates.numberExample': '@9997934326 または +81 90 1234 5678',
  'teammates.add': 'チームメイトを追加',
  'teammates.duplicate': '{{number}}はすでにリストにあります。',
  'teammates.tooMany':
    'チームメイトは{{max}}人までです。グループはコンタクトとほか{{max}}人までで構成されます。',

  'templates.heading': 'フォローアップSMS',
  'templates.intro': 'コールの後にOpenPhoneから送るSMSです。名前は自動で入ります。',
  'templates.agentName': 'あなたの名前',
  'templates.list': 'SMSテンプレート',
  'templates.withFiles_other': '{{name}}（ファイル{{formatted}}件）',
  'templates.edit': '編集',
  'templates.editName': '{{name}}を編集',
  'templates.remove': '削除',
  'templates.removeName': '{{name}}を削除',
  'templates.full': 'テンプレートは{{max}}件です。これ以上は保存できません。',
  'templates.new': '新しいテンプレート',
  'templates.restore': 'デフォルトに戻す',
  'templates.name': 'テンプレート名',
  'templates.text': 'テンプレートの本文',
  'templates.textHelp':
    '{{length}} / {{max}}文字。{firstName}はコンタクトの名前、{agentName}はあなたの名前に置き換わります。',
  'templates.attachments': '添付ファイル（1行に1つのhttpsリンク）',
  'templates.add': 'テンプレートを追加',
  'templates.keep': '変更を反映',
  'templates.cancel': 'キャンセル',

  'notice.storageBlocked':
    'このブラウザーではここでの保存がブロックされています。設定と通話中のコールはウィジェットを再読み込みするまでしか保持されません。ページを離れる前に各コールを保存してください。',
  'notice.settingsNotSaved':
    'このブラウザーに設定を保存できませんでした。設定は再読み込みするまで有効です。',
  'notice.settings.unreadable': '保存された設定を読み込めなかったため、リセットしました。',
  'notice.settings.callerIdsDropped': '保存された発信者番号の一部が無効だったため、削除しました。',
  'notice.settings.templatesDropped':
    '保存されたSMSテンプレートの一部が無効だったため、削除しました。',
  'notice.settings.teammatesDropped':
    '保存されたチームメイトの一部が無効だったため、削除しました。',
  'notice.callSetAside': '保存されたコールを読み込めなかったため、別に保管しました。',
  'notice.callInMemory':
    'このブラウザーはコールを保存できませんでした。コールはメモリ上にのみあるため、保存が終わるまでこのウィジェットを開いたままにしてください。',
  'notice.callNotSent':
    'このブラウザーはコールを保存できず、古いコピーが残っています。二重に記録しないよう、このウィジェットからHubSpotへの送信を止めました。HubSpotでコールを手動で記録してください。',
  'notice.adminSetting': 'ウィジェットのアドレスに使用できない設定があります：{{problem}}',
  'hubspot.engagementNotLogged':
    'HubSpotにコールを記録できませんでした。メモは通話ウィジェットに保存されています。HubSpotからのメッセージ：{{reason}}',
  'notice.dialWithoutNumber': 'HubSpotからコールの依頼がありましたが、電話番号がありません。',
  'notice.callNotPrepared':
    'コールを準備できませんでした。ウィジェットを再読み込みして、もう一度お試しください。',
  'notice.engagementWaitExpired':
    'HubSpotがコールの記録を時間内に確認しなかったため、記録なしでコールを記録しました。タイムラインを確認し、メモをコピーして保管してください。',
  'notice.engagementLate':
    '{{number}} へのコールの記録は、記録なしで保存された後にHubSpotで作成されました。タイムラインでこのコールに結果とメモがあるか確認してください。',
  'notice.engagementFailed':
    'HubSpotがコールの記録を作成できなかったため、このコールはタイムラインにありません。メモをコピーして保管してください。HubSpotからのメッセージ：{{reason}}',
  'notice.updateFailed':
    'HubSpotはコールの詳細を保存できませんでした：{{reason}} メモをコピーして保管してください。',
  'notice.navigateFailed': 'HubSpotはレコードを開けませんでした：{{reason}}',
  'notice.engagementFailed.noReason':
    'HubSpotがコールの記録を作成できなかったため、このコールはタイムラインにありません。メモをコピーして保管してください。',
  'hubspot.engagementNotLogged.noReason':
    'HubSpotにコールを記録できませんでした。メモは通話ウィジェットに保存されています。',
  'notice.updateFailed.noReason':
    'HubSpotはコールの詳細を保存できませんでした。メモをコピーして保管してください。',
  'notice.navigateFailed.noReason': 'HubSpotはレコードを開けませんでした。',
  'incomingForm.finishFirst': '先に現在のコールを終えてください。',

  // Problems and actions the domain modules hand over as codes (handoff/, lookup/, settings/).
  'number.problem.empty': '番号が入力されていません。',
  'number.problem.letters':
    '電話番号は数字だけです。文字（「内線12」などの内線番号を含む）はリンクから発信できません。',
  'number.problem.notDigits': '電話番号は数字だけです（先頭に + を付けることができます）。',
  'number.problem.noCountry':
    'この連絡先には国が設定されていないため、番号に + と国番号が必要です（例：+81 3-1234-5678）。',
  'number.problem.callerIdNeedsPlus':
    'OpenPhoneの番号は + と国番号を付けて入力してください（例：+1 323 999 1234）。',
  'number.problem.tooShort': '電話番号としては短すぎます。',
  'number.problem.tooShortIn': '{{country, region}}の電話番号としては短すぎます。',
  'number.problem.tooLong': '電話番号としては長すぎます。',
  'number.problem.tooLongIn': '{{country, region}}の電話番号としては長すぎます。',
  'number.problem.notANumber': '電話番号ではありません。',
  'number.problem.notANumberIn': '{{country, region}}の電話番号ではありません。',
  'number.problem.noSuchCountryCode': 'この国番号を使う国はありません。',
  'number.problem.unreadable': 'この番号はこのままでは発信できません。修正してください。',
  'number.problem.directNumber': 'ダイレクト番号は @ と数字だけです（例：@9997934326）。',
  'number.problem.groupNeedsPlus':
    '番号は + と国番号を付けて入力するか（例：+81 3-1234-5678）、@9997934326 のようなチームメイトのダイレクト番号を入力してください。',
  'link.problem.noNumber': '発信する番号がありません。',
  'link.problem.emptyNumber': '発信先またはSMSの送信先の番号が空です。',
  'link.problem.emptyCallerId':
    '発信者番号が空です。OpenPhoneで選択中の番号を使う場合は指定しないでください。',
  'link.problem.tooManyToCall':
    'OpenPhoneで同時に発信できる番号は最大{{max}}件です（あなたが10人目の参加者です）。ここには{{given}}件あります。',
  'link.problem.tooManyToText':
    'OpenPhoneで同時にSMSを送れる番号は最大{{max}}件です（あなたが10人目の参加者です）。ここには{{given}}件あります。',
  'link.problem.unsafeCharacter':
    '番号「{{number}}」に電話番号に含まれない「{{character}}」があります。',
  'link.problem.invisibleCharacter':
    '番号「{{number}}」に電話番号に含まれない見えない文字（{{codePoint}}）があります。',
  'link.problem.notANumber':
    '「{{number}}」は電話番号ではありません。数字だけを使ってください（先頭に + を付けられます）。',
  'link.problem.notACallerId':
    '「{{number}}」は発信に使うOpenPhoneの番号ではありません。数字だけを使ってください（先頭に + を付けられます）。',
  'link.problem.brokenText': 'メッセージに送信できない壊れた文字が含まれています。',
  'link.problem.brokenAttachment': '添付ファイルに送信できない壊れた文字が含まれています。',
  'link.problem.noToken':
    'CsCallトークンがありません。CareSoftの管理者から受け取ったトークンを設定に貼り付けてください。',
  'link.problem.tokenCharacters':
    'CsCallトークンに空白、改行、またはトークンに使えない文字が含まれています。もう一度まとめて貼り付けてください。',
  'link.problem.noCallId': 'CareSoftに渡す通話ID（tempId）がないため、後で状態を確認できません。',
  'link.problem.callIdCharacters':
    'CareSoftに渡す通話ID（tempId）は、空白を含まない印字可能なASCII文字でなければなりません。',
  'link.problem.careSoftDigits':
    'CsCallが発信できるのは数字だけです（先頭に + を付けられます）。「{{number}}」はそのような番号ではありません。',
  'link.problem.noDomain':
    'CareSoftのドメインがありません。CareSoftアカウントの名前です（例：khachhang01）。',
  'link.problem.domainIsAddress':
    'ウェブアドレスではなく、CareSoftのドメイン名だけを入力してください。https://caresoft.vn/khachhang01 なら khachhang01 です。',
  'link.problem.domainShape':
    'CareSoftのドメインは、英字・数字・ハイフン63文字以内の1つの名前です（例：khachhang01）。',
  'link.problem.linkMode':
    'CsCallのリンクの種類「{{mode}}」は不明です。設定でもう一度選んでください。',
  'link.problem.careSoftNeedsToken':
    'CareSoftで発信するには、設定でCsCallトークンを追加してください。',
  'link.problem.unexpected':
    'リンクを作成できませんでした。ウィジェットを再読み込みして、もう一度お試しください。',
  'attachment.problem.spaces':
    '添付ファイル「{{attachment}}」に空白または見えない文字が含まれています。',
  'attachment.problem.notAnAddress':
    '添付ファイル「{{attachment}}」はウェブアドレスではありません。',
  'attachment.problem.notHttps':
    '添付ファイル「{{attachment}}」は https:// のリンクでなければなりません。',
  'attachment.problem.noExtension':
    '添付ファイル「{{attachment}}」は .pdf や .jpg などの拡張子の付いたファイルを指していなければなりません。',
  'followUp.problem.tooLong':
    'SMSは最大{{max, number}}文字です。このSMSは{{length, number}}文字あります。短くしてください。',
  'followUp.problem.empty':
    '先にメッセージを書いてください（またはテンプレートを選んでください）。',
  'group.problem.tooManyToCall':
    'OpenPhoneで同時に発信できる番号は最大{{max}}件です（あなたが10人目の参加者です）。続けるには{{extra}}件外してください。',
  'group.problem.tooManyToText':
    'OpenPhoneで同時にSMSを送れる番号は最大{{max}}件です（あなたが10人目の参加者です）。続けるには{{extra}}件外してください。',
  'deepLink.action.callOpenPhone': 'OpenPhoneでコール',
  'deepLink.action.callCsCall': 'CsCallでコール',
  'deepLink.action.logInCsCall': 'CsCallにログイン',
  'deepLink.action.textOpenPhone': 'OpenPhoneでSMSを送信',
  'deepLink.action.groupCall': 'グループコールを開始',
  'deepLink.action.groupText': 'グループSMSを開く',
  'templates.problem.noName': 'テンプレートに名前を付けてください（例：「応答なし」）。',
  'templates.problem.longName': 'テンプレート名は{{max}}文字以内にしてください。',
  'templates.problem.noText': 'このテンプレートで送るメッセージを書いてください。',
  'templates.problem.longText':
    'テンプレートは最大{{max, number}}文字です（OpenPhoneのSMS1通の上限）。このテンプレートは{{length, number}}文字あります。',
  'templates.problem.placeholder':
    '{{placeholder}} はプレースホルダーではありません。連絡先の名前には {firstName}、あなたの名前には {agentName} を使ってください。',
  'templates.problem.manyFiles': '1つのテンプレートに添付できるファイルは{{max}}件までです。',
  'templates.problem.longAgentName': 'お名前は{{max}}文字以内にしてください。',
  'teammates.problem.noName': 'チームメイトの名前を入力してください。',
  'teammates.problem.longName': '名前は{{max}}文字以内にしてください。',
  'careSoft.problem.spaces':
    'トークンに空白または改行が含まれています。もう一度まとめて貼り付けてください。',
  'careSoft.problem.parts':
    'CsCallトークンではありません。ドットで区切られた3つの部分があるはずです。',
  'careSoft.problem.unreadable':
    'CsCallトークンではありません。各部分を読み取れません。コピーの際に切れたか変わった可能性があります。',
  'careSoft.problem.algorithm':
    'このトークンはCsCallが求める方式（HS256）で署名されていません。CareSoftの管理者に新しいトークンを依頼してください。',
  'careSoft.problem.unsigned':
    'トークンが署名されていません。CareSoftの管理者に署名済みのトークンを依頼してください。',
  'careSoft.problem.cutShort':
    'トークンが途中で切れているか、変更されているようです。もう一度全体をコピーしてください。',
  'careSoft.problem.noExtension': 'トークンにipphone（内線番号）が含まれていません。',
  'careSoft.problem.expiry': 'トークンの有効期限（exp）が日付ではありません。',
  'lookup.problem.noAddress':
    '照会サービスのアドレスを入力してください（例：https://crm.example.com/api）。',
  'lookup.problem.longAddress': 'このアドレスは照会サービスのルートとしては長すぎます。',
  'lookup.problem.notAnAddress':
    'https:// から始まる完全なアドレスを入力してください（例：https://crm.example.com/api）。',
  'lookup.problem.plainHttp':
    'アドレスは https:// で始まる必要があります（http は localhost のみ）。トークンが暗号化されずに送られてしまいます。',
  'lookup.problem.notHttps': 'アドレスは https:// で始まる必要があります。',
  'lookup.problem.credentials':
    'アドレスからユーザー名とパスワードを削除してください。トークンはヘッダーの値に入れます。',
  'lookup.problem.query':
    '? または # 以降を削除してください。/Lookup?PhoneNumber=… はウィジェットが自動で付けます。個人データをアドレスに入れてはいけません。',
  'lookup.problem.endsInLookup':
    '末尾の /Lookup を除いたルートアドレスを入力してください（ウィジェットが付けます）：{{root}}',
  'lookup.problem.method':
    'POST（JSON本文あり、デフォルト）または GET（本文なし）を選んでください。',
  'lookup.problem.noHeader':
    'サービスがトークンを読み取るヘッダー名を入力してください（通常は {{usual}}）。',
  'lookup.problem.headerShape':
    'ヘッダー名に使えるのは英字・数字・- だけです（例：X-Execution-Token）。空白やコロンは使えません。',
  'lookup.problem.forbiddenHeader':
    'ブラウザーは {{header}} という名前のヘッダーを送信しません。{{usual}} など別の名前を選んでください。',
  'lookup.problem.noToken':
    '照会サービスが求めるトークンを入力してください（管理者が持っています）。',
  'lookup.problem.tokenLines': 'トークンは1行で入力してください。',
  'lookup.problem.tokenCharacters':
    'トークンに使えるのは半角の英字・数字・記号（印字可能なASCII）だけです。',
  'lookup.problem.longToken': 'このトークンはヘッダーで送るには長すぎます。',
  'lookup.problem.timeout':
    'タイムアウトは{{min}}〜{{max}}ミリ秒で入力してください（デフォルト {{usual}}）。',
  'lookup.problem.provider':
    '不明なプロバイダー「{{provider}}」です。openphone または caresoft を使ってください。',
  'lookup.problem.tokenInUrl':
    'トークンをウィジェットのURLに入れてはいけません。アドレスを見た人なら誰でも使えてしまうため、「{{parameter}}」は無視しました。URLから削除し、各担当者に設定で入力してもらってください。',
  'lookup.problem.blocked': '照会サービスから応答がありません（ネットワークまたはCORS）',
  'lookup.problem.notSearchable': '{{number}} は照会サービスで検索できる番号ではありません。',
  'lookup.problem.timedOut': '照会サービスから{{seconds, number}}秒以内に応答がありませんでした。',
  'lookup.problem.unreachable':
    '照会サービスに接続できません（HTTP 404）。設定でアドレスを確認してください。',
  'lookup.problem.tokenRefused':
    '照会サービスがトークンを拒否しました（HTTP {{status}}）。設定でヘッダー名と値を確認してください。',
  'lookup.problem.httpError': '照会サービスがエラーを返しました（HTTP {{status}}）。',
  'lookup.problem.notJson': '照会サービスの応答がJSONではありません。',
  'lookup.problem.notAList': '照会サービスの応答に連絡先のリストがありません。',
  'lookup.problem.nameless': '照会サービスが名前のない連絡先を返しました。',
  'lookup.problem.badHeader': '照会のヘッダー名または値を送信できません。設定で確認してください。',
  'lookup.problem.notSent': '照会リクエストを送信できませんでした。',
  'lookup.problem.redirect':
    '照会サービスがリダイレクトを返しました。設定で最終的なアドレスをルートURLとして入力してください。',
  'lookup.problem.unreadable': '照会サービスの応答を読み取れませんでした。',
  'lookup.problem.tooLarge': '照会サービスの応答は連絡先のリストとしては大きすぎます。',
  'lookup.problem.notStarted':
    '発信者の照会を開始できませんでした。ウィジェットを再読み込みして、もう一度お試しください。',
  'workflow.problem.notStarted':
    'ワークフローを開始できませんでした。ウィジェットを再読み込みしてもう一度お試しください。',
  'workflow.problem.name':
    '「{{name}}」はウィジェットが実行できるワークフロー名ではありません（英字・数字・- _ . のみ）。',
  'workflow.problem.timedOut':
    '{{name}} から{{seconds, number}}秒以内に応答がありませんでした。実行済みの可能性があるため、もう一度実行する前にCRMを確認してください。',
  'workflow.problem.notFound':
    '照会サービスに {{name}} という名前のワークフローはありません（HTTP 404）。',
  'workflow.problem.httpError': '{{name}} が失敗しました（HTTP {{status}}）。',
  'wrapUp.phoneSync': '通話時間と録音は電話システムから記録されます。',
  'notice.phoneSyncUnread':
    'ウィジェットのアドレスに sync={{given}} とありますが、on でも off でもないため、通話時間とステータスはこのウィジェットが記録します。アドレスの確認を管理者に依頼してください。',
  'recalled.heading': '通話中だったコールを完了',
  'recalled.why':
    '通話中にこのページが再読み込みされましたが、ブラウザーがこのウィジェットのデータを保存しないため、番号と通話時間は失われました。HubSpot ではこのコールはまだ進行中と表示されています。',
  'recalled.save': 'このコールに記録',
  'recalled.dismiss': '未完了のままにする',
  'recalled.dismissMeans':
    '未完了のままにすると何も送信されず、HubSpot のコールは結果もメモもないまま残ります。',
  'announce.recalled':
    'ページの再読み込み前に進行中のコールがありました。完了するか、そのままにしてください。',
};
