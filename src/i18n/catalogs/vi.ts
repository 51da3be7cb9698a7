import type { Catalog } from '../catalog';

/** Vietnamese, with HubSpot's own Vietnamese words for calls, outcomes and notes. */
export const vi: Catalog = {
  'app.connecting': 'Đang kết nối với HubSpot…',
  'app.loading': 'Đang tải…',

  'outcome.connected': 'Đã kết nối',
  'outcome.leftVoicemail': 'Đã để lại thư thoại',
  'outcome.leftLiveMessage': 'Đã để lại lời nhắn trực tiếp',
  'outcome.noAnswer': 'Không trả lời',
  'outcome.busy': 'Máy bận',
  'outcome.wrongNumber': 'Sai số',

  'callee.noRecord': 'Không có bản ghi HubSpot (gọi từ phiếu hỗ trợ hoặc một số điện thoại)',
  'callee.inbound': 'Đã gọi đến điện thoại của bạn',
  'callee.contact': 'Bản ghi liên hệ #{{id}}',
  'callee.company': 'Bản ghi công ty #{{id}}',

  'idle.heading': 'Sẵn sàng cho cuộc gọi tiếp theo',
  'idle.hint':
    'Bấm Gọi trên một bản ghi HubSpot: cuộc gọi chuyển sang điện thoại của bạn và được ghi lại tại đây.',
  'idle.lastTo': 'Đã lưu cuộc gọi gần nhất tới {{number}}.',
  'idle.lastFrom': 'Đã lưu cuộc gọi gần nhất từ {{number}}.',
  'idle.lastToTimed': 'Đã lưu cuộc gọi gần nhất tới {{number}}, {{duration}}.',
  'idle.lastFromTimed': 'Đã lưu cuộc gọi gần nhất từ {{number}}, {{duration}}.',
  'idle.lastToOutcome': 'Đã lưu cuộc gọi gần nhất tới {{number}}: {{outcome}}.',
  'idle.lastFromOutcome': 'Đã lưu cuộc gọi gần nhất từ {{number}}: {{outcome}}.',
  'idle.lastToOutcomeTimed': 'Đã lưu cuộc gọi gần nhất tới {{number}}: {{outcome}}, {{duration}}.',
  'idle.lastFromOutcomeTimed': 'Đã lưu cuộc gọi gần nhất từ {{number}}: {{outcome}}, {{duration}}.',
  'idle.settings': 'Cài đặt',
  'idle.careSoft.noToken':
    'CsCall chưa được thiết lập: cuộc gọi chưa thể chuyển sang điện thoại của bạn cho đến khi bạn thêm tên miền CareSoft và token CsCall trong Cài đặt.',
  'idle.careSoft.expired':
    'Token CsCall của bạn đã hết hạn: cuộc gọi chưa thể chuyển sang điện thoại của bạn cho đến khi bạn dán token mới trong Cài đặt.',
  'idle.careSoft.notConfirmed':
    'Bạn chưa đăng nhập CsCall: hãy mở Cài đặt và xác nhận liên kết đăng nhập trên điện thoại.',
  'idle.careSoft.openSettings': 'Mở Cài đặt',
  'idle.careSoft.expiresSoon':
    'Token CsCall của bạn hết hạn vào {{date}}: hãy xin quản trị viên một token mới và dán vào Cài đặt trước ngày đó, nếu không cuộc gọi sẽ không chuyển đến điện thoại của bạn nữa.',
  'notice.careSoftSignIn.noToken':
    'Cuộc gọi chưa được bắt đầu: CsCall chưa được thiết lập. Hãy thêm token CsCall trong Cài đặt.',
  'notice.careSoftSignIn.expired':
    'Cuộc gọi chưa được bắt đầu: token CsCall của bạn đã hết hạn. Hãy dán token mới trong Cài đặt.',
  'notice.careSoftSignIn.notConfirmed':
    'Cuộc gọi chưa được bắt đầu: bạn chưa đăng nhập CsCall. Hãy xác nhận liên kết đăng nhập trong Cài đặt.',

  'availability.label': 'Sẵn sàng nhận cuộc gọi',

  'incomingForm.open': 'Cuộc gọi đến',
  'incomingForm.name': 'Cuộc gọi đến',
  'incomingForm.number': 'Số của người gọi',
  'incomingForm.submit': 'Ghi nhận cuộc gọi đến',
  'incomingForm.close': 'Đóng',

  'remote.busy': 'Đang có cuộc gọi trong cửa sổ gọi.',

  'number.heading': 'Kiểm tra số điện thoại',
  'number.hintContact':
    'HubSpot gửi “{{given}}” cho bản ghi liên hệ #{{id}}. Hãy sửa lại để chuyển cuộc gọi sang điện thoại của bạn.',
  'number.hintCompany':
    'HubSpot gửi “{{given}}” cho bản ghi công ty #{{id}}. Hãy sửa lại để chuyển cuộc gọi sang điện thoại của bạn.',
  'number.hintNoRecord':
    'HubSpot gửi “{{given}}” mà không kèm bản ghi. Hãy sửa lại để chuyển cuộc gọi sang điện thoại của bạn.',
  'number.label': 'Số điện thoại',
  'number.submit': 'Gọi số này',

  'handoff.heading': 'Gọi bằng điện thoại của bạn',
  'handoff.careSoftExpiresSoon':
    'Token CsCall của bạn hết hạn vào {{date}}: sau cuộc gọi này, hãy dán vào Cài đặt token mới mà quản trị viên gửi cho bạn.',
  'handoff.dials': '{{app}} sẽ gọi số {{number}}.',
  'handoff.callFrom': 'Gọi từ số',
  'handoff.appSelected': 'Số đang chọn trong OpenPhone',
  'handoff.thenTell': 'Sau đó cho HubSpot biết kết quả:',
  'handoff.connected': 'Đã kết nối',
  'handoff.noAnswer': 'Không trả lời',
  'handoff.busy': 'Máy bận',
  'handoff.cancel': 'Hủy cuộc gọi',
  'handoff.canceling': 'Đã hủy cuộc gọi. Sau vài giây, cuộc gọi sẽ được ghi là đã hủy.',
  'handoff.undoCancel': 'Hoàn tác',

  'connected.heading': 'Đang trong cuộc gọi',
  'connected.endCall': 'Kết thúc cuộc gọi',

  'timer.label': 'Thời lượng cuộc gọi',

  'incoming.heading': 'Cuộc gọi đến',
  'incoming.howDidItGo': 'Cuộc gọi diễn ra thế nào?',
  'incoming.answered': 'Đã nghe máy',
  'incoming.missed': 'Gọi nhỡ',
  'incoming.declined': 'Đã từ chối',
  'incoming.noMatch': 'Không có bản ghi HubSpot nào có số này.',
  'incoming.matchContact': 'Trong HubSpot: {{name}} (liên hệ)',
  'incoming.matchCompany': 'Trong HubSpot: {{name}} (công ty)',
  'incoming.openRecord': 'Mở bản ghi',
  'incoming.openRecordName': 'Mở {{name}} trong HubSpot',

  'wrapUp.heading': 'Ghi nhận cuộc gọi',
  'wrapUp.ended.COMPLETED': 'Cuộc gọi đã kết thúc',
  'wrapUp.ended.NO_ANSWER': 'Không trả lời',
  'wrapUp.ended.BUSY': 'Máy bận',
  'wrapUp.ended.CANCELED': 'Cuộc gọi đã kết thúc từ HubSpot',
  'wrapUp.ended.FAILED': 'Cuộc gọi thất bại',
  'wrapUp.ended.MISSED': 'Cuộc gọi nhỡ',
  'wrapUp.ended.REJECTED': 'Cuộc gọi bị từ chối',
  'wrapUp.outcome': 'Kết quả cuộc gọi',
  'wrapUp.notes': 'Ghi chú',
  'wrapUp.save': 'Lưu cuộc gọi',
  'wrapUp.saving': 'Đang lưu cuộc gọi vào HubSpot…',
  'wrapUp.notesCount': '{{used}} trên {{limit}} ký tự HubSpot lưu được',
  'wrapUp.notesOver':
    'HubSpot chỉ lưu {{limit}} ký tự ghi chú: {{over}} ký tự cuối, hiển thị bên dưới, sẽ không được ghi lại.',
  'wrapUp.notesNotLogged': 'Không được ghi lại',

  'engagement.pending': 'Đang tạo cuộc gọi trên dòng thời gian HubSpot…',
  'engagement.created': 'Đã ghi lên dòng thời gian HubSpot.',
  'engagement.failed.noReason':
    'HubSpot không tạo được bản ghi cuộc gọi. Ghi chú của bạn vẫn được giữ ở đây.',
  'engagement.failed':
    'HubSpot không tạo được bản ghi cuộc gọi: {{reason}} Ghi chú của bạn vẫn được giữ ở đây.',

  'announce.handedOff': 'Đã chuyển cuộc gọi sang điện thoại của bạn. Hãy cho HubSpot biết kết quả.',
  'announce.incoming': 'Cuộc gọi đến. Hãy cho HubSpot biết kết quả.',
  'announce.connected': 'Đã kết nối cuộc gọi. Đang tính giờ.',
  'announce.wrapUp': 'Cuộc gọi kết thúc sau {{duration}}. Hãy ghi nhận cuộc gọi.',
  'announce.wrapUpUnanswered': 'Cuộc gọi đã kết thúc. Hãy ghi nhận cuộc gọi.',
  'announce.saved': 'Đã lưu cuộc gọi.',
  'announce.numberNeeded': 'Hãy kiểm tra số điện thoại trước khi gọi.',

  'notices.yourNotes': 'Ghi chú của bạn',
  'notices.copyNotes': 'Sao chép ghi chú',
  'notices.dismiss': 'Đóng',

  'waiting.asked': 'HubSpot yêu cầu gọi {{number}}.',
  'waiting.queued': 'Số này sẽ được chuyển ngay khi cuộc gọi hiện tại được lưu.',
  'waiting.finishFirst': 'Hãy kết thúc cuộc gọi này trước, hoặc gọi số này tiếp theo.',
  'waiting.callItNow': 'Gọi ngay bây giờ?',
  'waiting.callNext': 'Gọi tiếp theo',
  'waiting.callNow': 'Gọi ngay',
  'waiting.ignore': 'Bỏ qua',
  'waiting.dontCallNext': 'Không gọi tiếp',
  'waiting.dropped_other':
    '{{formatted}} yêu cầu gọi số khác trước đó đã được thay bằng yêu cầu này.',

  'deepLink.opensOnPhone': 'Mở {{app}} trên điện thoại này.',
  'deepLink.qrLabel': 'Mã QR: {{action}}',
  'deepLink.scan': 'Quét bằng camera điện thoại để mở {{app}}.',
  'deepLink.tooLong':
    'Liên kết này quá dài để tạo mã QR. Hãy sao chép sang điện thoại hoặc rút ngắn tin nhắn.',
  'deepLink.label': 'Liên kết ứng dụng',
  'deepLink.copy': 'Sao chép',
  'deepLink.copied': 'Đã sao chép',
  'deepLink.manualCopy': 'Nhấn Ctrl+C (⌘C trên Mac) để sao chép liên kết.',
  'deepLink.openHere': 'Mở tại đây',

  'caller.name': 'Tra cứu người gọi',
  'caller.notSetUp': 'Chưa thiết lập tra cứu người gọi: {{problem}}',
  'caller.looking': 'Đang tra cứu người gọi…',
  'caller.several': 'Nhiều liên hệ dùng chung số này: đây là ai?',
  'caller.nameless_other': 'Đã bỏ qua {{formatted}} mục khác vì dịch vụ gửi không kèm tên.',
  'caller.notFound': 'Không tìm thấy trong dịch vụ tra cứu của bạn',
  'caller.failed': 'Tra cứu người gọi: {{message}}',
  'caller.contactPage': 'Trang liên hệ',
  'caller.companyPage': 'Trang công ty',
  'caller.running': 'Đang chạy {{name}}…',
  'caller.done': 'Đã chạy xong {{name}}.',
  'caller.openResult': 'Mở kết quả',
  'caller.workflowFailed': '{{name}}: {{message}}',

  'settings.heading': 'Cài đặt',
  'settings.language': 'Ngôn ngữ',
  'settings.languageAuto': 'Ngôn ngữ của trình duyệt ({{name}})',
  'settings.phoneApp': 'Ứng dụng điện thoại',
  'settings.done': 'Xong',
  'settings.intro': 'Các thay đổi ở đây được lưu khi bạn nhấn Xong.',

  'openPhone.intro':
    'Các số OpenPhone bạn dùng để gọi đi. Nếu để trống, OpenPhone dùng số đang chọn trong ứng dụng.',
  'openPhone.list': 'Số gọi đi',
  'openPhone.remove': 'Xóa',
  'openPhone.removeName': 'Xóa {{number}}',
  'openPhone.number': 'Số OpenPhone',
  'openPhone.add': 'Thêm',
  'openPhone.duplicate': '{{number}} đã có trong danh sách.',
  'openPhone.tooMany': 'Chỉ giữ tối đa {{max}} số gọi đi.',
  'openPhone.autoDial': 'Gọi ngay khi mở liên kết',

  'careSoft.domain': 'Tên miền CareSoft',
  'careSoft.token': 'Token CsCall',
  'careSoft.linkType': 'Loại liên kết',
  'careSoft.directLink': 'Liên kết trực tiếp (mapi.caresoft.vn), mặc định',
  'careSoft.appLink':
    'Liên kết theo tài liệu CareSoft (caresoftcall.page.link): Firebase Dynamic Links, đã ngừng hoạt động từ tháng 8/2025',
  'careSoft.country': 'Quốc gia của tài khoản CareSoft',
  'careSoft.countryHint':
    'CsCall gọi các số của quốc gia này theo dạng trong nước (0988 888 888), mọi số khác kèm mã quốc gia.',
  'careSoft.internationalPrefix': 'Số nước ngoài',
  'careSoft.prefix00': '00 và mã quốc gia (0014107934326)',
  'careSoft.prefixPlus': '+ và mã quốc gia (+14107934326)',
  'careSoft.loggedIn': 'Đã đăng nhập CsCall.',
  'careSoft.logOut': 'Đăng xuất',
  'careSoft.logInHeading': 'Đăng nhập CsCall',
  'careSoft.confirm': 'Tôi đã đăng nhập',
  'careSoft.expired':
    'Token của máy nhánh {{extension}} đã hết hạn: hãy xin quản trị viên token mới.',
  'careSoft.validUntil': 'Token của máy nhánh {{extension}}, còn hiệu lực đến {{date}}.',
  'careSoft.noExpiry': 'Token của máy nhánh {{extension}}, không có ngày hết hạn.',

  'lookup.heading': 'Tra cứu người gọi',
  'lookup.intro':
    'Dịch vụ tra cứu số điện thoại của công ty bạn cho biết số thuộc về ai. Dịch vụ phải cho phép địa chỉ của widget này (CORS).',
  'lookup.url': 'URL dịch vụ tra cứu',
  'lookup.token': 'Token',
  'lookup.more': 'Tùy chọn khác',
  'lookup.header': 'Tên header',
  'lookup.method': 'Phương thức',
  'lookup.methodDefault': 'Mặc định ({{method}})',
  'lookup.timeout': 'Thời gian chờ (ms)',
  'lookup.timeoutNotNumber': 'Thời gian chờ phải là số mili giây, ví dụ 2000.',
  'lookup.autoCallFlow': 'Chạy CallFlow khi lưu cuộc gọi',

  'followUp.open': 'Gửi tin nhắn',
  'followUp.recorded': 'Tin nhắn đã được ghi vào ghi chú.',
  'followUp.heading': 'Gửi tin nhắn tới {{number}}',
  'followUp.template': 'Mẫu tin nhắn',
  'followUp.blank': 'Tin nhắn trống',
  'followUp.message': 'Nội dung',
  'followUp.length': '{{length}} / {{max}} ký tự',
  'followUp.attached': 'Tệp đính kèm: {{files}}',
  'followUp.confirmHint':
    'Gửi tin nhắn trong OpenPhone, rồi xác nhận tại đây để tin nhắn được ghi vào ghi chú của cuộc gọi.',
  'followUp.sent': 'Đã gửi tin nhắn',
  'timeline.callTo': 'Cuộc gọi đến {{who}}',
  'timeline.callFrom': 'Cuộc gọi từ {{who}}',
  'timeline.namedNumber': '{{name}} ({{number}})',
  'followUp.note.sent': 'Đã gửi tin nhắn theo dõi.',
  'followUp.note.sentText': 'Đã gửi tin nhắn theo dõi: {{text}}',
  'followUp.note.attachments': 'Tệp đính kèm: {{files}}',
  'followUp.close': 'Đóng',

  'group.open': 'Thêm người',
  'group.heading': 'Thêm người',
  'group.whoJoins': 'Người tham gia',
  'group.thisCall': '{{number}} (cuộc gọi này)',
  'group.teammate': '{{name}} ({{number}})',
  'group.noTeammates':
    'Thêm đồng nghiệp trong Cài đặt để chọn tại đây, hoặc nhập số điện thoại bên dưới.',
  'group.others': 'Các số khác',
  'group.remove': 'Xóa',
  'group.removeName': 'Xóa {{number}}',
  'group.number': 'Số điện thoại khác',
  'group.numberExample': '+84 912 345 678 hoặc @9997934326',
  'group.addNumber': 'Thêm số',
  'group.duplicate': '{{number}} đã có trong nhóm.',
  'group.size': '{{numbers}}/{{max}} số; bạn là người tham gia thứ 10.',
  'group.sizeOver':
    'Đã chọn {{numbers}} số: OpenPhone chỉ nhận tối đa {{max}} số (bạn là người tham gia thứ 10).',
  'group.start': 'Bắt đầu',
  'group.call': 'Gọi nhóm',
  'group.text': 'Nhắn tin nhóm',
  'group.pick': 'Chọn một đồng nghiệp hoặc thêm số để tạo nhóm.',
  'group.close': 'Đóng',

  'teammates.heading': 'Đồng nghiệp',
  'teammates.intro':
    'Những người có thể thêm vào cuộc gọi và tin nhắn nhóm: số trực tiếp OpenPhone của họ (@…) hoặc số điện thoại kèm mã quốc gia.',
  'teammates.list': 'Đồng nghiệp',
  'teammates.remove': 'Xóa',
  'teammates.removeName': 'Xóa {{name}}',
  'teammates.name': 'Tên đồng nghiệp',
  'teammates.number': 'Số của đồng nghiệp',
  'teammates.numberExample': '@9997934326 hoặc +84 912 345 678',
  'teammates.add': 'Thêm đồng nghiệp',
  'teammates.duplicate': '{{number}} đã có trong danh sách.',
  'teammates.tooMany':
    'Chỉ giữ tối đa {{max}} đồng nghiệp: một nhóm gồm liên hệ và {{max}} người khác.',

  'templates.heading': 'Tin nhắn sau cuộc gọi',
  'templates.intro': 'Tin nhắn gửi từ OpenPhone sau cuộc gọi, tự động điền tên.',
  'templates.agentName': 'Tên của bạn',
  'templates.list': 'Mẫu tin nhắn',
  'templates.withFiles_other': '{{name}} ({{formatted}} tệp)',
  'templates.edit': 'Sửa',
  'templates.editName': 'Sửa {{name}}',
  'templates.remove': 'Xóa',
  'templates.removeName': 'Xóa {{name}}',
  'templates.full': 'Bạn đã có {{max}} mẫu, mức tối đa mà widget lưu được.',
  'templates.new': 'Mẫu mới',
  'templates.restore': 'Khôi phục mẫu mặc định',
  'templates.name': 'Tên mẫu',
  'templates.text': 'Nội dung mẫu',
  'templates.textHelp':
    '{{length}} / {{max}} ký tự. {firstName} là tên của liên hệ, {agentName} là tên của bạn.',
  'templates.attachments': 'Tệp đính kèm (mỗi dòng một liên kết https)',
  'templates.add': 'Thêm mẫu',
  'templates.keep': 'Giữ thay đổi',
  'templates.cancel': 'Hủy',

  'notice.storageBlocked':
    'Trình duyệt này chặn lưu trữ tại đây: cài đặt và cuộc gọi đang diễn ra chỉ được giữ đến khi tải lại tiện ích. Hãy lưu từng cuộc gọi trước khi rời trang.',
  'notice.settingsNotSaved':
    'Không lưu được cài đặt trong trình duyệt này; cài đặt chỉ giữ đến khi tải lại trang.',
  'notice.settings.unreadable': 'Không đọc được cài đặt đã lưu nên cài đặt đã được đặt lại.',
  'notice.settings.callerIdsDropped': 'Một số số gọi đi đã lưu không hợp lệ và đã bị xóa.',
  'notice.settings.templatesDropped': 'Một số mẫu tin nhắn đã lưu không hợp lệ và đã bị xóa.',
  'notice.settings.teammatesDropped': 'Một số đồng nghiệp đã lưu không hợp lệ và đã bị xóa.',
  'notice.callSetAside': 'Không đọc được một cuộc gọi đã lưu nên cuộc gọi đó đã được để riêng.',
  'notice.callInMemory':
    'Trình duyệt này không lưu được cuộc gọi: cuộc gọi chỉ được giữ trong bộ nhớ, vì vậy hãy để widget mở cho đến khi lưu xong cuộc gọi.',
  'notice.callNotSent':
    'Trình duyệt này không lưu được cuộc gọi và vẫn giữ một bản cũ hơn: tiện ích này sẽ không gửi thêm gì tới HubSpot để không ghi trùng. Hãy tự ghi cuộc gọi trong HubSpot.',
  'notice.adminSetting': 'Địa chỉ của widget có một cài đặt không dùng được: {{problem}}',
  'hubspot.engagementNotLogged':
    'Không ghi được cuộc gọi vào HubSpot; ghi chú của cuộc gọi vẫn được giữ trong widget gọi điện. HubSpot báo: {{reason}}',
  'notice.dialWithoutNumber': 'HubSpot yêu cầu gọi nhưng không gửi số điện thoại.',
  'notice.callNotPrepared': 'Không chuẩn bị được cuộc gọi. Hãy tải lại widget và thử lại.',
  'notice.engagementWaitExpired':
    'HubSpot không xác nhận bản ghi cuộc gọi kịp thời nên cuộc gọi đã được ghi mà không có bản ghi đó. Hãy kiểm tra dòng thời gian và sao chép ghi chú để giữ lại.',
  'notice.engagementLate':
    'HubSpot chỉ tạo bản ghi cho cuộc gọi tới {{number}} sau khi cuộc gọi đã được lưu mà không có bản ghi đó. Hãy kiểm tra trên dòng thời gian xem cuộc gọi này đã có kết quả và ghi chú chưa.',
  'notice.engagementFailed':
    'HubSpot không tạo được bản ghi cuộc gọi nên cuộc gọi này không có trên dòng thời gian: hãy sao chép ghi chú để giữ lại. HubSpot báo: {{reason}}',
  'notice.updateFailed':
    'HubSpot không lưu được chi tiết cuộc gọi: {{reason}} Hãy sao chép ghi chú để giữ lại.',
  'notice.navigateFailed': 'HubSpot không mở được bản ghi: {{reason}}',
  'notice.engagementFailed.noReason':
    'HubSpot không tạo được bản ghi cuộc gọi nên cuộc gọi này không có trên dòng thời gian: hãy sao chép ghi chú để giữ lại.',
  'hubspot.engagementNotLogged.noReason':
    'Không ghi được cuộc gọi vào HubSpot; ghi chú của cuộc gọi vẫn được giữ trong widget gọi điện.',
  'notice.updateFailed.noReason':
    'HubSpot không lưu được chi tiết cuộc gọi. Hãy sao chép ghi chú để giữ lại.',
  'notice.navigateFailed.noReason': 'HubSpot không mở được bản ghi.',
  'incomingForm.finishFirst': 'Hãy kết thúc cuộc gọi hiện tại trước.',

  // Problems and actions the domain modules hand over as codes (handoff/, lookup/, settings/).
  'number.problem.empty': 'Chưa có số điện thoại.',
  'number.problem.letters':
    'Số điện thoại chỉ gồm chữ số; chữ cái (và số máy lẻ như "ext. 12") không thể gọi từ một liên kết.',
  'number.problem.notDigits': 'Số điện thoại chỉ gồm chữ số, có thể có dấu + ở đầu.',
  'number.problem.noCountry':
    'Liên hệ chưa có quốc gia, nên số cần có dấu + và mã quốc gia (ví dụ +84 988 888 888).',
  'number.problem.callerIdNeedsPlus':
    'Hãy nhập số OpenPhone của bạn với dấu + và mã quốc gia, ví dụ +1 323 999 1234.',
  'number.problem.tooShort': 'Quá ngắn để là số điện thoại.',
  'number.problem.tooShortIn': 'Quá ngắn để là số điện thoại ở {{country, region}}.',
  'number.problem.tooLong': 'Quá dài để là số điện thoại.',
  'number.problem.tooLongIn': 'Quá dài để là số điện thoại ở {{country, region}}.',
  'number.problem.notANumber': 'Đây không phải là số điện thoại.',
  'number.problem.notANumberIn': 'Đây không phải là số điện thoại ở {{country, region}}.',
  'number.problem.noSuchCountryCode': 'Không quốc gia nào dùng mã quốc gia này.',
  'number.problem.unreadable': 'Không thể gọi số này như hiện tại: hãy sửa lại.',
  'number.problem.directNumber':
    'Số trực tiếp là dấu @ theo sau chỉ toàn chữ số, ví dụ @9997934326.',
  'number.problem.groupNeedsPlus':
    'Hãy nhập số kèm dấu + và mã quốc gia (ví dụ +84 988 888 888), hoặc số trực tiếp của đồng nghiệp như @9997934326.',
  'link.problem.noNumber': 'Không có số nào để gọi.',
  'link.problem.emptyNumber': 'Một số cần gọi hoặc nhắn tin đang để trống.',
  'link.problem.emptyCallerId':
    'Số người gọi đang trống: hãy bỏ trống để dùng số đang chọn trong OpenPhone.',
  'link.problem.tooManyToCall':
    'OpenPhone chỉ gọi tối đa {{max}} số cùng lúc (bạn là người thứ 10); ở đây có {{given}} số.',
  'link.problem.tooManyToText':
    'OpenPhone chỉ nhắn tin tối đa {{max}} số cùng lúc (bạn là người thứ 10); ở đây có {{given}} số.',
  'link.problem.unsafeCharacter':
    'Số “{{number}}” chứa “{{character}}”, ký tự không thuộc về số điện thoại.',
  'link.problem.invisibleCharacter':
    'Số “{{number}}” chứa một ký tự vô hình ({{codePoint}}), không thuộc về số điện thoại.',
  'link.problem.notANumber':
    '“{{number}}” không phải là số điện thoại: chỉ dùng chữ số, có thể có dấu + ở đầu.',
  'link.problem.notACallerId':
    '“{{number}}” không phải là số OpenPhone để gọi đi: chỉ dùng chữ số, có thể có dấu + ở đầu.',
  'link.problem.brokenText': 'Nội dung tin nhắn có một ký tự bị lỗi nên không thể gửi.',
  'link.problem.brokenAttachment': 'Tệp đính kèm có một ký tự bị lỗi nên không thể gửi.',
  'link.problem.noToken':
    'Thiếu token CsCall: hãy dán token mà quản trị viên CareSoft đã cấp cho bạn vào phần Cài đặt.',
  'link.problem.tokenCharacters':
    'Token CsCall chứa khoảng trắng, dấu xuống dòng hoặc ký tự mà token không thể có: hãy dán lại trọn vẹn.',
  'link.problem.noCallId':
    'Cuộc gọi không có mã để gửi cho CareSoft (tempId), nên sau này sẽ không tra được trạng thái.',
  'link.problem.callIdCharacters':
    'Mã cuộc gọi gửi cho CareSoft (tempId) phải là ký tự ASCII in được, không có khoảng trắng.',
  'link.problem.careSoftDigits':
    'CsCall chỉ gọi được chữ số, có thể có dấu + ở đầu: “{{number}}” không phải là số như vậy.',
  'link.problem.noDomain':
    'Thiếu tên miền CareSoft: đó là tên tài khoản CareSoft của bạn, ví dụ khachhang01.',
  'link.problem.domainIsAddress':
    'Chỉ nhập tên miền CareSoft, không nhập địa chỉ web: với https://caresoft.vn/khachhang01 thì tên miền là khachhang01.',
  'link.problem.domainShape':
    'Tên miền CareSoft là một tên duy nhất, tối đa 63 chữ cái, chữ số và dấu gạch ngang, ví dụ khachhang01.',
  'link.problem.linkMode': 'Không rõ loại liên kết CsCall “{{mode}}”: hãy chọn lại trong Cài đặt.',
  'link.problem.careSoftNeedsToken': 'Hãy thêm token CsCall trong Cài đặt để gọi bằng CareSoft.',
  'link.problem.unexpected': 'Không tạo được liên kết. Hãy tải lại widget và thử lại.',
  'attachment.problem.spaces':
    'Tệp đính kèm “{{attachment}}” chứa khoảng trắng hoặc ký tự vô hình.',
  'attachment.problem.notAnAddress': 'Tệp đính kèm “{{attachment}}” không phải là địa chỉ web.',
  'attachment.problem.notHttps': 'Tệp đính kèm “{{attachment}}” phải là liên kết https://.',
  'attachment.problem.noExtension':
    'Tệp đính kèm “{{attachment}}” phải trỏ tới một tệp có phần mở rộng, như .pdf hoặc .jpg.',
  'followUp.problem.tooLong':
    'Một tin nhắn tối đa {{max, number}} ký tự; tin này có {{length, number}}. Hãy rút gọn.',
  'followUp.problem.empty': 'Hãy viết tin nhắn (hoặc chọn mẫu) trước.',
  'group.problem.tooManyToCall':
    'OpenPhone chỉ gọi tối đa {{max}} số cùng lúc (bạn là người thứ 10). Hãy bỏ bớt {{extra}} số để tiếp tục.',
  'group.problem.tooManyToText':
    'OpenPhone chỉ nhắn tin tối đa {{max}} số cùng lúc (bạn là người thứ 10). Hãy bỏ bớt {{extra}} số để tiếp tục.',
  'deepLink.action.callOpenPhone': 'Gọi bằng OpenPhone',
  'deepLink.action.callCsCall': 'Gọi bằng CsCall',
  'deepLink.action.logInCsCall': 'Đăng nhập CsCall',
  'deepLink.action.textOpenPhone': 'Nhắn tin bằng OpenPhone',
  'deepLink.action.groupCall': 'Bắt đầu cuộc gọi nhóm',
  'deepLink.action.groupText': 'Mở tin nhắn nhóm',
  'templates.problem.noName': 'Hãy đặt tên cho mẫu, ví dụ "Không trả lời".',
  'templates.problem.longName': 'Tên mẫu phải ít hơn {{max}} ký tự.',
  'templates.problem.noText': 'Hãy viết nội dung tin nhắn mà mẫu này gửi.',
  'templates.problem.longText':
    'Một mẫu tối đa {{max, number}} ký tự (giới hạn của OpenPhone cho một tin nhắn); mẫu này có {{length, number}}.',
  'templates.problem.placeholder':
    '{{placeholder}} không phải là trường thay thế: dùng {firstName} cho tên của liên hệ hoặc {agentName} cho tên của bạn.',
  'templates.problem.manyFiles': 'Mỗi mẫu đính kèm tối đa {{max}} tệp.',
  'templates.problem.longAgentName': 'Tên của bạn phải ít hơn {{max}} ký tự.',
  'teammates.problem.noName': 'Hãy nhập tên đồng nghiệp.',
  'teammates.problem.longName': 'Tên phải ít hơn {{max}} ký tự.',
  'careSoft.problem.spaces': 'Token chứa khoảng trắng hoặc dấu xuống dòng: hãy dán lại trọn vẹn.',
  'careSoft.problem.parts':
    'Đây không phải là token CsCall: token phải có ba phần ngăn cách bởi dấu chấm.',
  'careSoft.problem.unreadable':
    'Đây không phải là token CsCall: các phần không đọc được, có thể token đã bị cắt hoặc thay đổi khi sao chép.',
  'careSoft.problem.algorithm':
    'Token này không được ký theo cách CsCall yêu cầu (HS256): hãy xin quản trị viên CareSoft token mới.',
  'careSoft.problem.unsigned': 'Token chưa được ký: hãy xin quản trị viên CareSoft token đã ký.',
  'careSoft.problem.cutShort':
    'Token có vẻ bị cắt ngắn hoặc bị thay đổi: hãy sao chép lại toàn bộ.',
  'careSoft.problem.noExtension': 'Token không chứa ipphone (máy nhánh).',
  'careSoft.problem.expiry': 'Token có ngày hết hạn (exp) không phải là ngày hợp lệ.',
  'lookup.problem.noAddress':
    'Hãy nhập địa chỉ dịch vụ tra cứu, ví dụ https://crm.example.com/api.',
  'lookup.problem.longAddress': 'Địa chỉ này quá dài để là gốc của dịch vụ tra cứu.',
  'lookup.problem.notAnAddress':
    'Hãy nhập địa chỉ đầy đủ, bắt đầu bằng https://, ví dụ https://crm.example.com/api.',
  'lookup.problem.plainHttp':
    'Địa chỉ phải bắt đầu bằng https:// (http thường chỉ dành cho localhost): nếu không, token sẽ được gửi đi mà không mã hóa.',
  'lookup.problem.notHttps': 'Địa chỉ phải bắt đầu bằng https://.',
  'lookup.problem.credentials':
    'Hãy bỏ tên người dùng và mật khẩu khỏi địa chỉ: token được đặt trong giá trị header.',
  'lookup.problem.query':
    'Hãy bỏ mọi thứ từ dấu ? hoặc # trở đi: widget tự thêm /Lookup?PhoneNumber=…, và dữ liệu riêng tư không bao giờ được đặt trong địa chỉ.',
  'lookup.problem.endsInLookup':
    'Hãy nhập địa chỉ gốc không có /Lookup ở cuối (widget tự thêm): {{root}}',
  'lookup.problem.method':
    'Hãy chọn POST (có nội dung JSON, mặc định) hoặc GET (không có nội dung).',
  'lookup.problem.noHeader':
    'Hãy nhập tên header mà dịch vụ đọc token từ đó (thường là {{usual}}).',
  'lookup.problem.headerShape':
    'Tên header chỉ gồm chữ cái, chữ số và dấu - (ví dụ X-Execution-Token), không có khoảng trắng hay dấu hai chấm.',
  'lookup.problem.forbiddenHeader':
    'Trình duyệt không bao giờ gửi header tên {{header}}: hãy chọn tên khác, ví dụ {{usual}}.',
  'lookup.problem.noToken':
    'Hãy nhập token mà dịch vụ tra cứu yêu cầu (quản trị viên có token này).',
  'lookup.problem.tokenLines': 'Token phải nằm trên một dòng.',
  'lookup.problem.tokenCharacters':
    'Token chỉ được chứa chữ cái không dấu, chữ số và dấu câu (ASCII in được).',
  'lookup.problem.longToken': 'Token này quá dài để gửi trong header.',
  'lookup.problem.timeout':
    'Hãy nhập thời gian chờ từ {{min}} đến {{max}} mili giây (mặc định {{usual}}).',
  'lookup.problem.provider':
    'Nhà cung cấp “{{provider}}” không xác định: hãy dùng openphone hoặc caresoft.',
  'lookup.problem.tokenInUrl':
    'Token không được đặt trong URL của widget: “{{parameter}}” đã bị bỏ qua, vì ai thấy địa chỉ cũng có thể dùng nó. Hãy xóa khỏi URL và yêu cầu mỗi nhân viên nhập trong Cài đặt.',
  'lookup.problem.blocked': 'dịch vụ tra cứu không phản hồi (mạng hoặc CORS)',
  'lookup.problem.notSearchable': '{{number}} không phải là số mà dịch vụ tra cứu có thể tìm.',
  'lookup.problem.timedOut': 'Dịch vụ tra cứu không phản hồi trong vòng {{seconds, number}} giây.',
  'lookup.problem.unreachable':
    'Không kết nối được dịch vụ tra cứu (HTTP 404): hãy kiểm tra địa chỉ trong Cài đặt.',
  'lookup.problem.tokenRefused':
    'Dịch vụ tra cứu từ chối token (HTTP {{status}}): hãy kiểm tra tên và giá trị header trong Cài đặt.',
  'lookup.problem.httpError': 'Dịch vụ tra cứu trả về lỗi (HTTP {{status}}).',
  'lookup.problem.notJson': 'Dịch vụ tra cứu trả về dữ liệu không phải JSON.',
  'lookup.problem.notAList': 'Dịch vụ tra cứu trả lời mà không có danh sách liên hệ.',
  'lookup.problem.nameless': 'Dịch vụ tra cứu trả về các liên hệ không có tên.',
  'lookup.problem.badHeader':
    'Không gửi được tên hoặc giá trị header tra cứu: hãy kiểm tra trong Cài đặt.',
  'lookup.problem.notSent': 'Không gửi được yêu cầu tra cứu.',
  'lookup.problem.redirect':
    'Dịch vụ tra cứu trả về chuyển hướng: hãy nhập địa chỉ cuối cùng làm URL gốc trong Cài đặt.',
  'lookup.problem.unreadable': 'Không đọc được phản hồi của dịch vụ tra cứu.',
  'lookup.problem.tooLarge': 'Phản hồi của dịch vụ tra cứu quá lớn để là một danh sách liên hệ.',
  'lookup.problem.notStarted':
    'Không thể bắt đầu tra cứu người gọi. Hãy tải lại widget để thử lại.',
  'workflow.problem.notStarted': 'Không thể khởi chạy quy trình. Hãy tải lại tiện ích để thử lại.',
  'workflow.problem.name':
    '“{{name}}” không phải là tên quy trình mà widget có thể chạy (chỉ gồm chữ cái, chữ số, - _ và .).',
  'workflow.problem.timedOut':
    '{{name}} không phản hồi trong vòng {{seconds, number}} giây. Có thể quy trình vẫn đã chạy: hãy kiểm tra CRM trước khi chạy lại.',
  'workflow.problem.notFound': 'Dịch vụ tra cứu không có quy trình nào tên {{name}} (HTTP 404).',
  'workflow.problem.httpError': '{{name}} thất bại (HTTP {{status}}).',
  'wrapUp.phoneSync': 'Thời lượng và bản ghi âm sẽ được lấy từ hệ thống điện thoại của bạn.',
  'notice.phoneSyncUnread':
    'Địa chỉ của widget ghi sync={{given}}, không phải on cũng không phải off, nên widget sẽ tự ghi thời lượng và trạng thái cuộc gọi. Hãy nhờ quản trị viên kiểm tra lại địa chỉ.',
  'recalled.heading': 'Hoàn tất cuộc gọi bạn đang thực hiện',
  'recalled.why':
    'Trang này đã tải lại giữa cuộc gọi và trình duyệt của bạn không lưu gì cho tiện ích này, nên số điện thoại và thời lượng cuộc gọi đã mất. HubSpot vẫn hiển thị cuộc gọi là đang diễn ra.',
  'recalled.save': 'Lưu vào cuộc gọi đó',
  'recalled.dismiss': 'Để chưa hoàn tất',
  'recalled.dismissMeans':
    'Để chưa hoàn tất: không có gì được gửi, HubSpot giữ nguyên cuộc gọi, không có kết quả và ghi chú.',
  'announce.recalled':
    'Có một cuộc gọi đang diễn ra trước khi trang tải lại. Hãy hoàn tất hoặc để nguyên.',
};
