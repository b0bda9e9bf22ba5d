# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = Học cách nhận ra dấu hiệu của lời mời việc làm giả, khu lừa đảo và lừa đảo trực tuyến, bằng cách trải qua chúng một cách an toàn.
narrator = Người dẫn chuyện
you = Bạn
# $minutes: how long a scenario takes
minutes = { $minutes } phút
# $count: how many red flags a scenario teaches
redflag-count = { $count } dấu hiệu cảnh báo
content-note-title = Lưu ý về nội dung
content-note-leave = Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào: gõ q (hoặc nhấn q trong trò chơi). Tiến trình của bạn vẫn được giữ lại.
press-enter = Nhấn Enter để tiếp tục.
# $count: the number of choices
choose-prompt = Gõ một số từ 1 đến { $count } rồi nhấn Enter.
choose-invalid = Vui lòng gõ một số từ 1 đến { $count }.
choose-quit-hint = (Gõ q để rời đi.)
# $name: the red flag's short name
feedback-spotted = Bạn đã nhận ra một dấu hiệu cảnh báo: { $name }
feedback-missed = Một dấu hiệu cảnh báo đã lọt qua: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = Kết thúc: { $outcome }
debrief-title = Chuyện gì đã xảy ra, và các dấu hiệu cảnh báo trên con đường của bạn:
# $spotted, $total: numbers of red flags
debrief-score = Bạn đã nhận ra { $spotted } trên { $total } dấu hiệu cảnh báo. Mỗi dấu hiệu là một thủ đoạn lừa được rất nhiều người; biết về nó chính là điều bảo vệ bạn.
debrief-none = Trên con đường này, bạn không gặp dấu hiệu cảnh báo nào.
debrief-spotted = Đã nhận ra
debrief-missed = Đã lọt qua
debrief-advice = Nên làm gì:
help-title = Nơi tìm sự giúp đỡ
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] Nếu bạn đã chuyển tiền: hãy gọi ngay cho ngân hàng và đề nghị dừng hoặc thu hồi giao dịch, rồi trình báo với cơ quan công an phụ trách an ninh mạng hoặc đường dây chống lừa đảo của nước bạn, kèm mọi tin nhắn, tài khoản và giao dịch. Đừng bao giờ trả tiền cho ai hứa lấy lại tiền giúp bạn để đổi lấy phí: đó là lừa đảo lần hai. Đây không phải lỗi của bạn, và nói chuyện với người bạn tin tưởng sẽ giúp ích. Nơi liên hệ:
    [held-abroad] Nếu bạn hoặc người bạn quen đang bị giữ ở nước ngoài: hãy báo tin cho đại sứ quán, đường dây nóng quốc gia hoặc gia đình, gồm nơi bạn đang ở, tên địa điểm và có bao nhiêu người ở đó. Gần các khu lừa đảo, cảnh sát địa phương có thể có liên hệ với bọn cầm đầu, vì vậy hãy liên hệ những nơi này trước:
    [family] Nếu người thân của bạn đang bị giữ ở nước ngoài: đừng tự mình chuyển tiền. Hãy mang mọi yêu cầu, số điện thoại và tin nhắn đến đại sứ quán hoặc đường dây nóng quốc gia trước; họ có thể hành động mà không khiến người thân của bạn gặp thêm nguy hiểm. Liên hệ tại đây:
   *[other] Trước khi nhận việc ở nước ngoài: hãy kiểm tra chủ lao động và công ty môi giới với cơ quan quản lý lao động ngoài nước của nước bạn, đừng bao giờ giao hộ chiếu cho người khác, và cho một người bạn tin tưởng biết bạn đi đâu. Nếu bạn hoặc người bạn quen đang gặp nguy hiểm, hãy liên hệ đại sứ quán hoặc một trong những nơi sau:
}
# $contact: a phone number or address
help-contact = Liên hệ: { $contact }
session-left = Bạn đã rời buổi chơi. Như vậy là hoàn toàn ổn. Hãy giữ gìn sức khỏe.
scenario-list-title = Các tình huống:
# $count: the number of scenarios
scenario-pick = Chọn một tình huống: gõ một số từ 1 đến { $count } rồi nhấn Enter.
unknown-scenario = Không có tình huống này.
no-scenarios = Không có tình huống nào để chơi.

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = Trang web
channel-jobsite = Trang việc làm
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = Ứng dụng hẹn hò
channel-sms = Tin nhắn SMS
channel-email = Email
channel-call = Cuộc gọi
channel-in-person = Gặp trực tiếp
channel-narration = Lời kể

outcome-safe = An toàn
outcome-scammed = Bị lừa
outcome-paid = Đã trả tiền, và những đòi hỏi vẫn tiếp tục
outcome-trafficked = Bị mua bán
outcome-escaped = Đã thoát ra
outcome-helped = Bạn đã giúp được một người

stage-advert = Tin tuyển dụng
stage-recruiter = Người tuyển dụng
stage-travel = Lên đường và đến nơi
stage-compound = Bên trong khu lừa đảo
stage-target = Người bị lừa

## The full-screen game

title-scenarios = Các tình huống
# $title: a scenario's title
title-resume = Tiếp tục: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = Bạn đã dừng “{ $title }” giữa chừng. Gõ 1 để tiếp tục từ chỗ đã dừng, hoặc 2 để bắt đầu cái mới.
resume-changed = Tình huống này đã thay đổi từ khi bạn tạm dừng, nên sẽ bắt đầu lại từ đầu.
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = Tình huống này đã được sửa trên đĩa và đoạn bạn đang ở không còn nữa. Chọn tình huống này để bắt đầu lại.
keys-title = ↑↓ di chuyển · Enter chơi · l ngôn ngữ · h sổ tay · s cài đặt · ? trợ giúp · q thoát
keys-list = ↑↓ di chuyển · Enter chọn · Esc quay lại
keys-play = ↑↓ di chuyển · Enter hoặc 1-9 chọn · PgUp/PgDn cuộn · ? trợ giúp · q rời đi
keys-continue = Enter tiếp tục · PgUp/PgDn cuộn · ? trợ giúp · q rời đi
keys-typing = phím bất kỳ: hiện toàn bộ · q rời đi
keys-scroll = ↑↓ PgUp PgDn cuộn · Esc quay lại
keys-debrief = ↑↓ cuộn · r thử hướng khác · t màn hình chính · ? trợ giúp
keys-rewind = ↑↓ di chuyển · Enter quay lại lựa chọn này · Esc hủy
play-what-now = Bạn sẽ làm gì?
play-continue = Tiếp tục
play-ending-continue = Xem chuyện gì đã xảy ra, và các dấu hiệu cảnh báo trên con đường của bạn
play-feedback = Lựa chọn này có nghĩa là gì
# $spotted, $missed: numbers of red flags so far
status-redflags = Dấu hiệu cảnh báo: { $spotted } đã nhận ra · { $missed } đã lọt qua
debrief-rewind-title = Quay lại một lựa chọn và thử một hướng khác
handbook-title = Sổ tay dấu hiệu cảnh báo
handbook-locked = Chưa mở: hãy gặp dấu hiệu cảnh báo này trong một tình huống để đọc
handbook-source = Nguồn:
# $met, $total: numbers of red flags
handbook-met = Bạn đã gặp { $met } trên { $total } dấu hiệu cảnh báo.
language-title = Ngôn ngữ
language-status-complete = hoàn chỉnh
language-status-reviewed = đã được duyệt
language-status-machine-drafted = bản dịch máy, chưa được duyệt
language-status-partial = mới dịch một phần
settings-title = Cài đặt
# $name: the language's own name
settings-language = Ngôn ngữ: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = Màu sắc: { $theme }
# $state: setting-on or setting-off
settings-typing = Hiệu ứng đang gõ trong đoạn chat: { $state }
theme-default = tiêu chuẩn
theme-high-contrast = tương phản cao
setting-on = bật
setting-off = tắt
help-keys-title = Phím
help-keys =
    ↑ ↓ hoặc j k      di chuyển
    Enter hoặc 1-9    chọn
    Enter hoặc Space  tiếp tục
    PgUp PgDn         cuộn tin nhắn
    nhấp chuột        chọn, tiếp tục
    r                 thử hướng khác (sau khi kết thúc)
    l h s             ngôn ngữ, sổ tay, cài đặt (màn hình chính)
    q hoặc Esc        rời đi (tiến trình vẫn được giữ)
    ?                 trợ giúp này
help-close = Nhấn phím bất kỳ để đóng trợ giúp.
confirm-leave = Rời tình huống này? Tiến trình của bạn vẫn được giữ: bạn có thể tiếp tục từ màn hình chính.
confirm-quit = Thoát redflag?
confirm-keys = y có · n không
# $width, $height: the smallest window size
too-small = Vui lòng mở rộng cửa sổ: tối thiểu { $width } × { $height }.
errors-title = Nội dung có lỗi: hãy sửa, rồi quay lại màn hình chính
content-note-keys = Enter bắt đầu · Esc quay lại
# $name: who sent the email
email-from = Từ: { $name }

## The discernment quiz

quiz-title-pre = Trước khi chơi: thật hay lừa đảo?
quiz-title-post = Sau khi chơi: thật hay lừa đảo?
# $count: the number of items
quiz-intro = Bạn sẽ xem { $count } tin nhắn và tin tuyển dụng ngắn. Có cái là thật, có cái là lừa đảo. Với mỗi cái, hãy cho biết bạn chắc chắn đến mức nào. Không giới hạn thời gian.
# $n: this item's number; $count: how many
quiz-progress = { $n } trên { $count }
quiz-scale = 1 chắc chắn an toàn · 2 có lẽ an toàn · 3 có thể an toàn · 4 có thể là lừa đảo · 5 có lẽ là lừa đảo · 6 chắc chắn là lừa đảo
quiz-prompt = Gõ một số từ 1 đến 6 rồi nhấn Enter.
quiz-invalid = Vui lòng gõ một số từ 1 đến 6.
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] Bạn phân biệt tốt lừa đảo với lời mời thật: bạn đánh giá tin lừa đảo đáng ngờ hơn tin thật.
    [some] Bạn phân biệt được một phần lừa đảo với lời mời thật: thường bạn chấm tin lừa đảo cao hơn, nhưng không phải lúc nào cũng vậy.
   *[low] Lần này, phân biệt lừa đảo với lời mời thật là khá khó: câu trả lời của bạn gần như đoán.
} Bạn gọi { $hits } trong { $scams } tin lừa đảo là lừa đảo, và cũng gọi { $false_alarms } trong { $genuine } tin thật là lừa đảo. { $lean ->
    [all-scam] Bạn gọi mọi thứ là lừa đảo. Cẩn thận là tốt, nhưng điều đó không cho bạn biết lời mời nào là thật, và việc làm thật, sự giúp đỡ thật vẫn có.
    [all-safe] Bạn gọi mọi thứ là an toàn. Một số trong đó là lừa đảo: các dấu hiệu cảnh báo trong trò chơi giúp bạn nhận ra chúng.
    [suspicious] Bạn nghiêng về phía gọi là lừa đảo. Cẩn thận là tốt, nhưng việc làm thật và sự giúp đỡ thật vẫn có.
    [trusting] Bạn nghiêng về phía gọi là an toàn: một số tin lừa đảo trông có vẻ thật với bạn.
   *[balanced] Bạn không nghiêng về phía "an toàn" hay "lừa đảo".
}
quiz-review-title = Đáp án:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] thật
   *[no] lừa đảo
}. Bạn trả lời: { $rating ->
    [1] 1, chắc chắn an toàn
    [2] 2, có lẽ an toàn
    [3] 3, có thể an toàn
    [4] 4, có thể là lừa đảo
    [5] 5, có lẽ là lừa đảo
   *[6] 6, chắc chắn là lừa đảo
}.

## Facilitator mode and the quiz in the full-screen game

facilitator-held = Cả phòng đã chọn xong. Hãy thảo luận trước; rồi nhấn r để xem lựa chọn đó có nghĩa là gì.
facilitator-discuss = Thảo luận:
keys-held = r xem ý nghĩa · ? trợ giúp · q rời đi
keys-play-facilitator = ↑↓ di chuyển · Enter hoặc 1-9 chọn · c đếm số người chọn · ? trợ giúp · q rời đi
keys-quiz = 1-6 trả lời · ↑↓ Enter · q rời đi
keys-continue-only = Enter tiếp tục · ↑↓ cuộn
room-title = Câu hỏi cho cả phòng
room-what-happened = Chuyện gì đã xảy ra trong câu chuyện này? Ai được giúp đỡ, và ai bị tổn hại?
room-what-noticed = Bạn đã để ý thấy gì trên đường đi? Những dấu hiệu cảnh báo nào đã xuất hiện, và dấu hiệu nào đã bị bỏ qua?
room-what-would-you-do = Bạn sẽ làm gì, hoặc khuyên một người bạn làm gì, nếu lời mời hay tin nhắn này đến với bạn?
room-where-help = Hôm nay, ở đây, người ta có thể tìm sự giúp đỡ ở đâu? (Danh sách ở bên dưới.)
tally-title = Trong phòng, bao nhiêu người đã chọn từng phương án?
keys-tally = ↑↓ di chuyển · gõ một số · Backspace · Enter lưu · Esc hủy
# $state: setting-on or setting-off
settings-quiz = Trắc nghiệm trước và sau mỗi tình huống: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = Cảm ơn bạn đã tham gia
room-goodbye = Phiên chơi này đã kết thúc. Những lựa chọn của bạn được lưu cho buổi thảo luận của nhóm, không kèm tên bạn.
room-goodbye-keys = Nhấn phím bất kỳ để đóng.
room-wrong-code = Mã phòng đó không đúng. Hãy xem mã hiển thị ở phía trước phòng, rồi kết nối lại.
room-full = Phòng hiện đã đầy. Hãy báo cho người điều phối, rồi thử lại sau một phút.
room-paused = Phòng hiện không nhận thêm người chơi. Hãy báo cho người điều phối.
room-participant-prompt = Nhập mã người tham gia do người điều phối đưa (ví dụ P07), rồi nhấn Enter. Không dùng tên của bạn.
room-participant-invalid = Mã chỉ gồm chữ cái, chữ số, - hoặc _, ví dụ P07. Vui lòng thử lại.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” trông giống một cái tên. Bản ghi chỉ giữ mã như P07, không bao giờ giữ tên. Hãy gõ một mã để dùng thay, hoặc nhấn Enter để giữ “{ $code }”.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” trông giống một cái tên. Phòng chỉ giữ mã như P07, không bao giờ giữ tên. Hãy gõ một mã thay thế, hoặc nhấn Enter để giữ “{ $code }”.

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: phòng
web-code-label = Mã phòng
web-join = Tham gia
web-connecting = Đang kết nối…
web-closed = Phiên chơi đã kết thúc. Để chơi lại, hãy nhấn "Tham gia".
web-lost = Mất kết nối với phòng. Hãy kiểm tra Wi-Fi, rồi nhấn "Tham gia".
web-terminal = Trò chơi
web-keys = Phím
web-key-1 = Chọn 1
web-key-2 = Chọn 2
web-key-3 = Chọn 3
web-key-4 = Chọn 4
web-key-enter = Enter: tiếp tục
web-key-up = Cuộn lên
web-key-down = Cuộn xuống
web-key-help = Trợ giúp: các phím
web-key-leave = Rời khỏi tình huống

## The country picker
settings-country = Quốc gia để nhận trợ giúp: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = Lưu bản ghi của mỗi lượt chơi trên máy tính này (cho báo cáo hội thảo): { $state }
country-title = Quốc gia của bạn
country-first = Bạn sống ở đâu? Trò chơi sẽ hiển thị những nơi hỗ trợ bạn có thể liên hệ từ đó: đường dây nóng, cơ quan, nơi trình báo. Hãy gõ để tìm quốc gia của bạn, hoặc chọn "Quốc gia khác". Bạn có thể đổi lại sau trong phần cài đặt.
country-filter = Tìm:
country-none = chưa chọn
country-other = Quốc gia khác (chỉ hiện trợ giúp dành cho mọi người)
keys-country = gõ để tìm · ↑↓ di chuyển · Enter chọn · Esc quay lại
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = Nguồn: { $sources }

## Country names, for the picker
country-au = Úc
country-cn = Trung Quốc
country-et = Ethiopia
country-id = Indonesia
country-in = Ấn Độ
country-ke = Kenya
country-kh = Campuchia
country-la = Lào
country-lk = Sri Lanka
country-my = Malaysia
country-ng = Nigeria
country-np = Nepal
country-ph = Philippines
country-th = Thái Lan
country-ug = Uganda
country-us = Hoa Kỳ
country-vn = Việt Nam

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ còn ở phía trên (PgUp)
more-below = ↓ còn ở phía dưới (PgDn)
press-enter-typed = (Ở đây không có gì để chọn, nên điều bạn gõ không được dùng. Câu chuyện tiếp tục.)
tally-shown = { $count ->
    [one] 1 người trong phòng
   *[other] { $count } người trong phòng
}
