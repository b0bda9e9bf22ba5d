# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Nhắn nhầm số
wrong-number-summary = Một người lạ thân thiện nhắn nhầm cho bạn, rồi cứ thế nói chuyện tiếp. Bạn là người đã nghỉ hưu với những buổi chiều yên ắng: bạn quyết định cuộc trò chuyện đi xa đến đâu.

## Characters

wrong-number-character-texter = Số lạ
wrong-number-character-unknown = Số lạ
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Bộ phận Thu hồi Tài sản
wrong-number-character-member = Số lạ
wrong-number-character-platform = { $app }
wrong-number-character-regulator = Cơ quan quản lý tài chính, đường dây hỏi đáp
wrong-number-character-teller = Giao dịch viên ở chi nhánh ngân hàng của bạn

## Variables

wrong-number-who-ray = Ray, 67 tuổi, góa vợ, sống ở Brisbane, Úc
wrong-number-who-teresita = Teresita, 64 tuổi, giáo viên về hưu ở Iloilo, Philippines
wrong-number-who-mei-ling = Mei Ling, 70 tuổi, đã lên chức bà, sống ở Ipoh, Malaysia
wrong-number-group-walking = nhóm đi bộ
wrong-number-group-choir = câu lạc bộ hát
wrong-number-group-tai-chi = lớp thái cực quyền
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = Siew Lan
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] Anna
    [2] Vivian
    [3] Daniel
   *[4] Marco
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] người đàn ông
    [4] người đàn ông
   *[other] người phụ nữ
}
# "she" or "he"
wrong-number-she = { $stranger ->
    [3] anh ấy
    [4] anh ấy
   *[other] cô ấy
}
# "her" or "him"
wrong-number-her = { $stranger ->
    [3] anh ấy
    [4] anh ấy
   *[other] cô ấy
}

## A real wrong number

wrong-number-intro = Bạn là { $who }. Từ khi nghỉ hưu, ngày dài và yên ắng. Vui nhất trong tuần là buổi sinh hoạt cùng { $group } vào thứ Năm. Một sáng thứ Hai, điện thoại của bạn rung lên.

wrong-number-plumber = Chào Rob, Sue nhà bên cạnh đây. Mai thợ sửa ống nước vẫn đến lúc 10 giờ chứ? Mình sẽ để cổng mở.
wrong-number-plumber-reply-wrong = Trả lời: "Xin lỗi, hình như bạn nhắn nhầm số rồi."
    .feedback = Tử tế và đơn giản. Giờ hãy để ý điều xảy ra tiếp theo: nó cho bạn biết nhiều hơn cả tin nhắn đầu tiên.
wrong-number-plumber-ignore = Lờ đi. Không phải thợ của mình, không phải chuyện của mình
    .feedback = Như vậy cũng được. Bạn không có nghĩa vụ phải trả lời người lạ.
wrong-number-plumber-block-first = Chặn và báo cáo. Bạn đã từng đọc về những tin nhắn kiểu này
    .feedback = Bạn có thể làm vậy, và chẳng mất gì. Nhưng tin này là nhầm thật: nhầm số xảy ra hằng ngày. Điều làm lộ một vụ lừa là những gì đến sau câu "nhầm số".

wrong-number-sorry-oops = Ôi chết, xin lỗi nhé! Mình bấm nhầm số. Lỗi của mình!
wrong-number-sorry-bye = Chúc một ngày tốt lành.
wrong-number-sorry-say-ok = Trả lời "Không sao đâu!" rồi tiếp tục công việc trong ngày
    .feedback = Nhắn nhầm số thật thì trông như thế này: một lời xin lỗi, rồi thôi. Không nói chuyện thêm, không hỏi về cuộc sống của bạn, không nhắc gì đến tiền.
wrong-number-sorry-block-anyway = Chặn và báo cáo số này, cho chắc ăn
    .feedback = Bạn có thể làm vậy, nhưng đây là nhầm lẫn thật: Sue đã xin lỗi và thôi. Nhắn nhầm số xảy ra hằng ngày. Điều làm lộ ra trò lừa đảo là những gì đến sau khi bạn nói "nhầm số".
wrong-number-sorry-chat-more = Trả lời: "Không sao! Mong thợ sửa ống nước của bạn đáng tin hơn thợ của tôi."
    .feedback = Một câu đùa thân thiện là tự nhiên. Hãy xem một người thật làm gì với nó.

wrong-number-sorry-chat-ha = Haha! Cảm ơn nhé. Xin lỗi lần nữa!
wrong-number-sorry-chat-gone = (Không có gì thêm. Sue còn phải tìm hàng xóm và chờ thợ sửa ống nước.)

## The scam begins

wrong-number-anna-text = Chào, { wrong-number-stranger-name } đây! Hôm nay mình vẫn đi uống trà chứ?
    .discuss = Làm sao phân biệt một tin nhắn nhầm số thật với khởi đầu của một vụ lừa?
wrong-number-anna-text-tell-wrong = Trả lời lịch sự: "Xin lỗi, bạn nhắn nhầm số rồi."
    .feedback = Trả lời lịch sự là chuyện bình thường, hầu hết mọi người đều làm vậy. Phép thử nằm ở bước tiếp theo: người gửi có xin lỗi rồi thôi không?
wrong-number-anna-text-ask-who = Trả lời: "Xin lỗi, ai vậy?"
    .feedback = Một câu hỏi tự nhiên. Nó cũng cho người gửi biết số này có người thật đọc. Hãy xem họ trả lời gì.
wrong-number-anna-text-block-now = Chặn và báo cáo số này mà không trả lời
    .feedback = An toàn, và là quyền của bạn: chặn một người lạ thì bạn không mất gì. Chỉ cần nhớ rằng riêng một tin nhắn thì có thể là nhầm thật. Dấu hiệu cảnh báo là người lạ vẫn nói chuyện tiếp sau khi bạn báo "nhầm số".

wrong-number-keeps-chatting-sorry = Ôi, ngại quá! Nhầm số rồi, xin lỗi nhé.
    .discuss = Điều gì khác với một tin nhắn nhầm số thật?
wrong-number-keeps-chatting-kind = Nhưng nghe bạn có vẻ tốt bụng lắm. Bây giờ ít ai trả lời dễ thương như vậy.
wrong-number-keeps-chatting-fate = Mình là { wrong-number-stranger-name }, mình có một tiệm hoa nhỏ. Biết đâu nhầm số này là duyên? Bạn ở đâu vậy?
wrong-number-keeps-chatting-chat-back = Trò chuyện một chút. { wrong-number-stranger-name } thân thiện, mà buổi chiều còn dài
    .feedback = Người nhắn nhầm thật sẽ xin lỗi rồi thôi. Người này xin lỗi rồi nói tiếp, với lời khen và câu hỏi về bạn. Đây là khởi đầu quen thuộc của những vụ lừa kéo dài, và nó hiệu quả vì sự tử tế và có người bầu bạn khiến ai cũng thấy dễ chịu.
wrong-number-keeps-chatting-keep-polite = Trả lời lịch sự, và không nói gì về nơi bạn sống hay những gì bạn có
    .feedback = Bạn không để lộ gì, và đó là thói quen tốt. Nhưng hãy để ý điều đang diễn ra: một người lạ cứ giữ cuộc trò chuyện sau câu "nhầm số" chính là dấu hiệu.
wrong-number-keeps-chatting-block-report = Chúc { wrong-number-stranger-name } một ngày tốt lành, rồi chặn và báo cáo số đó
    .feedback = Tinh ý lắm. Người nhắn nhầm thật xin lỗi rồi thôi. Một tin "nhầm số" biến thành cuộc trò chuyện thân mật là cách mở đầu quen thuộc của lừa đảo tình cảm và đầu tư.

wrong-number-move-app-whatsapp = Nhắn tin từ chỗ mình tốn tiền lắm. Mình nói chuyện qua WhatsApp được không? Số của mình đây.
wrong-number-move-app-photo = (Một bức ảnh gửi tới: một { wrong-number-person } đang cười trong một quán cà phê sáng sủa, trên bàn có ấm trà.)
wrong-number-move-app-add = Thêm { wrong-number-stranger-name } trên WhatsApp. Ai cũng dùng mà
    .feedback = Chuyển nhanh sang ứng dụng nhắn tin riêng là bước thường gặp trong các vụ lừa này: ở đó không ai khác thấy cuộc trò chuyện. Riêng nó thì chưa chứng minh gì, nhưng đi cùng một người lạ không chịu dừng sau khi nhầm số, đó là lời cảnh báo.
wrong-number-move-app-ask-video = Nói: "Trước đó mình gọi video nhanh một chút nhé, để mình biết đang nói chuyện với ai."
    .feedback = Một phép thử công bằng: kẻ lừa đảo thường tránh gọi video, vì ảnh là của người khác. Cuộc gọi có ích, nhưng có thể bị làm giả bằng công cụ ghép mặt. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.
wrong-number-move-app-stay-sms = Nói rằng bạn không muốn đổi ứng dụng, và dừng ở đó
    .feedback = Bạn giữ nó ở chỗ ban đầu. { wrong-number-stranger-name } gửi một mặt buồn; { wrong-number-she } nhắn thêm hai lần, rồi thôi: một cuộc trò chuyện chỉ chạy được trong ứng dụng riêng vốn chẳng phải vì tình bạn.

## Weeks of warm chat

wrong-number-friendship-morning = Chào buổi sáng! Mình vừa pha trà và nghĩ đến bạn. Tối qua bạn ngủ ngon không?
    .discuss = Vì sao những tin nhắn hằng ngày như thế này lại hiệu quả đến vậy?
wrong-number-friendship-lonely = Mẹ mình mất năm ngoái. Từ đó mình thấy cô đơn quá giữa thành phố lớn này.
wrong-number-friendship-best-part = Nói chuyện với bạn là lúc vui nhất trong ngày của mình. Bạn thật sự hiểu mình.
wrong-number-friendship-open-up = Kể cho { wrong-number-stranger-name } về cuộc sống, gia đình bạn và những ngày yên ắng
    .feedback = Sự ấm áp mỗi ngày, nỗi buồn được sẻ chia và câu "bạn hiểu mình" tạo gắn bó rất nhanh. Đó gọi là love bombing, và nó hiệu quả với bất kỳ ai hơi cô đơn, tức là hầu hết chúng ta. Người lạ ấy cũng đang tìm hiểu điều gì quan trọng với bạn.
wrong-number-friendship-ask-video = Đề nghị gọi video. Được nhìn thấy { wrong-number-stranger-name } thì vui biết mấy
    .feedback = Một phép thử tốt. Nhiều tuần tin nhắn ấm áp mà chưa từng thấy mặt là một trong những dấu hiệu rõ nhất của các vụ lừa này. Ngay cả cuộc gọi cũng có thể bị làm giả, nên quy tắc vẫn đứng vững là: không bao giờ đầu tư hay gửi tiền theo lời mách của người quen trên mạng.
wrong-number-friendship-step-back = Ngọt ngào quá, nhanh quá. Ngừng trả lời và chặn { wrong-number-stranger-name }
    .feedback = Linh cảm tốt. Sự thân mật vội vàng từ một người lạ tìm ra bạn "do nhầm", trong một ứng dụng riêng, là một kiểu quen thuộc. Bạn có thể lùi lại mà không cần giải thích.

wrong-number-no-video-camera = Ôi, camera điện thoại mình bị hỏng rồi, ngại ghê.
wrong-number-no-video-shy = Mà nói thật mình cũng ngại lắm. Hôm nay trông mình tệ quá.
wrong-number-no-video-promise = Tuần sau nhé, mình hứa! Giờ cứ nhắn tin ở đây đã.
wrong-number-no-video-accept = Bỏ qua. Nhiều người ngại lên hình mà
    .feedback = Một lý do thì có thể là thật, nhưng lúc nào cũng sẽ có lý do khác. Người nói chuyện với bạn mỗi ngày mà không bao giờ lộ mặt là đang che giấu mình là ai.
wrong-number-no-video-accept-later = Bỏ qua. Nhiều người ngại lên hình mà
    .feedback = Một lý do thì có thể là thật, nhưng lúc nào cũng sẽ có lý do khác. Người nói chuyện với bạn mỗi ngày mà không bao giờ lộ mặt là đang che giấu mình là ai.
wrong-number-no-video-voice-call = "Vậy gọi điện thoại thôi. Mình muốn nghe giọng bạn."
    .feedback = Một cách dung hòa hợp lý, và nhiều người thật thích gọi thoại hơn. Nó cho thấy có một người thật ở đó; nó không cho thấy người đó làm việc cho ai.
wrong-number-no-video-stop-block = Không video thì thôi nói chuyện. Chặn và báo cáo { wrong-number-stranger-name }
    .feedback = Đúng. Một người bạn lúc nào cũng "sắp" gọi video mà không bao giờ gọi là dấu hiệu kinh điển. Ảnh thường lấy từ hồ sơ của người khác, và cả cuộc gọi cũng có thể làm giả, nên lời mách về tiền từ một người bạn trên mạng không bao giờ an toàn.

wrong-number-voice-hello = Tối hôm đó cuộc gọi đến. Một giọng ấm, hơi có âm sắc, cười vì câu đùa của bạn, tiếng tách chén lách cách phía sau: "Mình đang ở tiệm, xin lỗi hơi ồn!"
    .discuss = Giọng nói là thật. Cuộc gọi chứng minh được gì, và không chứng minh được gì?
wrong-number-voice-weeks = Từ đó hai người nói chuyện gần như mỗi ngày, có khi cả tiếng đồng hồ. { wrong-number-stranger-name } nhớ tên các cháu của bạn, và { wrong-number-she } luôn hỏi thăm sức khỏe bạn.

## The money

wrong-number-crypto-tip-uncle = Bạn biết không, chú mình đã dạy mình đầu tư tiền ảo. Chú biết khi nào thị trường sẽ lên xuống.
    .discuss = Vì sao chuyện tiền bạc chỉ được nhắc đến sau nhiều tuần làm bạn?
wrong-number-crypto-tip-profit = (Một ảnh chụp màn hình từ { $app }: một tài khoản tăng hàng nghìn đô tuần này.)
wrong-number-crypto-tip-try = Mình muốn bạn cũng có một tuổi già sung túc. Bắt đầu nhỏ thôi, chỉ ${ $first }. Mình sẽ hướng dẫn bạn từng bước.
wrong-number-crypto-tip-try-small = Thử với ${ $first }. Số tiền nhỏ thôi, và { wrong-number-stranger-name } đã tử tế biết bao
    .feedback = Một lời mách về tiền mã hóa hay ứng dụng giao dịch từ người quen trên mạng là cốt lõi của vụ lừa này. "Bắt đầu nhỏ" nằm trong kế hoạch: một lần thắng nhỏ tạo niềm tin cho khoản nạp lớn về sau.
wrong-number-crypto-tip-check-platform = Nói rằng bạn sẽ tự tìm hiểu { $app } trước khi bỏ vào một đồng nào
    .feedback = Kiểm tra trước khi tiền đi là đúng. Hãy để ý những gì các bước kiểm tra cho bạn biết và không cho bạn biết.
wrong-number-crypto-tip-say-no = Nói rằng bạn không bao giờ nghe lời khuyên về tiền từ người chưa gặp mặt, và rời cuộc trò chuyện
    .feedback = Một người lạ nhắc đến tiền mã hóa sau nhiều tuần trò chuyện ấm áp là đang làm theo kịch bản. Một người bạn thật không cần bạn đầu tư mới tiếp tục làm bạn. Những tin nhắn mỗi ngày mất đi, và buổi chiều lại yên ắng.

wrong-number-check-platform-store = { $app } có trên kho ứng dụng: 4,6 sao, hơn 10.000 lượt tải, đánh giá từ những người trạc tuổi bạn.
    .discuss = Mọi bước kiểm tra ở đây đều qua. Bạn còn muốn biết điều gì?
wrong-number-check-platform-register = Trang web của nó ghi tên một công ty và số giấy phép. Bạn tự vào trang web chính thức của cơ quan quản lý tài chính và tra: công ty có trong danh sách, giấy phép đầy đủ.
wrong-number-check-platform-stranger = { wrong-number-stranger-name }: "Tốt lắm, đừng tin ai mù quáng, kể cả mình! Chỉ bỏ vào số bạn chịu mất được, và thử rút tiền trước."
wrong-number-check-platform-small-test = Chỉ bỏ vào ${ $first }, và thử rút tiền trước khi làm gì thêm
    .feedback = Bạn đã làm đúng điều người cẩn thận được khuyên: tra danh sách, bắt đầu nhỏ, thử. Nền tảng này được dựng lên để vượt qua đúng những bước kiểm tra đó.
wrong-number-check-platform-call-regulator = Gọi cơ quan quản lý theo số trên trang web chính thức của họ và hỏi về ứng dụng này
    .feedback = Danh sách cho biết công ty có tồn tại. Chỉ cơ quan quản lý mới nói được ứng dụng này có thật là của công ty đó không. Mất một buổi sáng chờ máy.
wrong-number-check-platform-ask-bank = Mang điện thoại ra chi nhánh ngân hàng và nhờ người ở đó xem giúp
    .feedback = Hỏi người tuần nào cũng gặp các vụ lừa tiền là một cách kiểm tra tốt. Cái giá là một buổi sáng xếp hàng, và chút ngại ngùng.

wrong-number-regulator-wait = Bốn mươi phút nhạc chờ. Rồi một giọng mệt mỏi nhưng tử tế tra cái tên ấy.
wrong-number-regulator-clone = "Công ty đó có thật và được cấp phép, nhưng không có ứng dụng nào tên { $app }. Có kẻ đã sao chép tên và số giấy phép của họ: nó nằm trong danh sách cảnh báo của chúng tôi từ tháng trước. Xin đừng gửi gì cả."

wrong-number-teller-queue = Cô giao dịch viên, người đã gặp bạn mỗi tháng suốt hai mươi năm, cầm điện thoại của bạn và nhíu mày.
wrong-number-teller-seen = "Tuần này tôi đã thấy ứng dụng này hai lần. Một người bạn từ tin nhắn nhầm số, một lời mách, tên một công ty thật. Xin đừng bỏ tiền vào. Mình cùng báo cáo nhé."

wrong-number-early-profit-grown = Nhìn này! ${ $first } của bạn đã tăng gần 30% chỉ trong một tuần!
wrong-number-early-profit-test = ({ wrong-number-stranger-name } bảo bạn rút $50 ra để thử. Bạn làm theo, và tiền về ngân hàng hôm sau.)
wrong-number-early-profit-bonus = Thấy chưa? Thật đấy! Mà chỉ riêng tuần này, nền tảng thưởng 30% cho khoản nạp trên ${ $big }. Với số tiền tiết kiệm của bạn, cuối cùng bạn cũng có thể sống thảnh thơi!
wrong-number-early-profit-invest-savings = Chuyển phần lớn tiền tiết kiệm vào. Dù sao lần rút thử cũng thành công rồi
    .feedback = Một khoản lời nhỏ ban đầu, và một lần rút tiền nhỏ về được thật, là mồi nhử: chúng khiến bạn tin giao cho ứng dụng nhiều tiền hơn. Những con số lớn trên màn hình không phải tiền thật.
wrong-number-early-profit-stop-now = Không bỏ thêm gì, và rút hết số đang có ra
    .feedback = Khoản lãi nhỏ và lần rút đầu dễ dàng là để tạo niềm tin cho khoản nạp lớn. Dừng lúc này giữ an toàn cho tiền tiết kiệm của bạn.

wrong-number-withdraw-all-hold = Lệnh rút đang bị giữ. Tài khoản dưới ${ $big } phải nộp thuế 20% trước khi được giải ngân.
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }: "Đó chỉ là quy định cho tài khoản nhỏ thôi! Nộp thuế đi, hoặc nạp thêm là được miễn."
wrong-number-withdraw-all-pay-small-tax = Nộp thuế: chỉ một ít, rồi tiền sẽ ra
    .feedback = Một nền tảng thật trừ phí vào số dư của bạn; nó không đòi tiền mới trước khi cho bạn rút. Sau khoản này luôn có khoản khác.
wrong-number-withdraw-all-refuse-report = Không trả gì. Lưu lại tin nhắn, gọi ngân hàng và báo cáo
    .feedback = Đúng. Lệnh rút bị giữ cho tới khi bạn nộp "thuế" là chặng cuối của các vụ lừa này. Số tiền trong ứng dụng đã mất, và dừng lại giúp khoản mất nhỏ thôi.
wrong-number-withdraw-all-refuse-report-checked = Không trả gì. Lưu lại tin nhắn, gọi ngân hàng và báo cáo
    .feedback = Đúng. Lệnh rút bị giữ cho tới khi bạn nộp "thuế" là chặng cuối của các vụ lừa này. Số tiền trong ứng dụng đã mất, và dừng lại giúp khoản mất nhỏ thôi.
wrong-number-withdraw-all-tell-club = Không trả gì, và kể chuyện này ở { $group } của bạn hôm thứ Năm
    .feedback = Kể với người quen sau khi mất tiền thật khó. Đó cũng là cách các vụ lừa này thôi lan rộng.

## Going far

wrong-number-blocked-grow = Bạn chuyển ${ $big } vào ứng dụng. Mỗi ngày số dư lại tăng, và { wrong-number-stranger-name } gửi tim và lời chúc mừng.
    .discuss = Tiền "có đó", nhưng sẽ không ra nếu không trả thêm một lần. Vì sao dừng lại ở đây khó đến vậy? Bạn sẽ nói gì với một người bạn?
wrong-number-blocked-frozen = Khi bạn thử rút tiền, ứng dụng hiện: "Lệnh rút đang bị tạm giữ. Hãy nộp thuế ${ $tax } để giải ngân tiền của bạn."
wrong-number-blocked-she-says = { wrong-number-stranger-name } nhắn: "Đừng lo, ai cũng phải nộp thuế. Mình còn có thể cho bạn mượn một ít!"
wrong-number-blocked-pay-tax = Nộp thuế. So với số dư thì chẳng đáng là bao
    .feedback = Nền tảng thật sẽ trừ phí vào số dư của bạn; họ không đòi tiền mới rồi mới cho rút. "Thuế" này là bước tiếp theo của trò lừa đảo, và sẽ còn bước khác nữa.
wrong-number-blocked-borrow = Nhận lời { wrong-number-stranger-name } cho mượn một nửa tiền thuế
    .feedback = Lời đề nghị giúp trả tiền giống như bằng chứng của sự quan tâm. Đó là một phần của kịch bản: nó khiến "thuế" có vẻ bình thường và giữ bạn tiếp tục trả.
wrong-number-blocked-stop-report = Không trả thêm gì. Lưu lại mọi thứ, gọi cho ngân hàng và trình báo
    .feedback = Đúng vậy. Bị chặn rút tiền cho đến khi nộp "thuế", "phí" hay "nạp thêm" là giai đoạn cuối của những vụ lừa đảo này. Hãy gọi ngay cho ngân hàng, vì đôi khi giao dịch chuyển tiền vẫn còn chặn được, rồi trình báo.

wrong-number-more-fees-paid = Bạn nộp thuế. Hôm sau ứng dụng báo: "Tài khoản đang được xem xét. Nộp khoản đặt cọc bảo đảm ${ $tax } để mở khóa tiền của bạn."
wrong-number-more-fees-almost = { wrong-number-stranger-name } nhắn: "Bực thật! Nhưng đây là bước cuối rồi, xong mình cùng ăn mừng."
wrong-number-more-fees-pay-deposit = Trả thêm lần nữa. Sắp được rồi
    .feedback = Không có bước cuối nào cả: sau mỗi lần trả lại có một lần mới, cho đến khi bạn dừng lại. Số dư trên màn hình chưa bao giờ là thật.
wrong-number-more-fees-stop = Dừng lại. Lưu lại mọi thứ, gọi cho ngân hàng và trình báo
    .feedback = Đúng vậy. Một khoản "phí" thứ hai sau khoản đầu tiên cho thấy bạn sẽ không bao giờ rút được tiền. Dừng lại bây giờ là bảo vệ số tiền còn lại.

wrong-number-silent = Bạn trả. Sáng hôm sau ứng dụng không mở được, và { wrong-number-stranger-name } không trả lời nữa. Một tuần sau, một email đến.

wrong-number-recovery = Chúng tôi biết quý khách đã mất tiền vì lừa đảo tiền ảo. Đội ngũ của chúng tôi làm việc với FBI và các cơ quan quản lý quốc tế, và có thể lấy lại ${ $big } cho quý khách. Để bắt đầu, xin vui lòng thanh toán khoản phí 10% bằng USDT.
wrong-number-recovery-pay-fee = Trả phí. Lấy lại được tiền thì cũng đáng
    .feedback = Đây là vụ lừa đảo thứ hai, nhắm vào những người vừa mất tiền. Cảnh sát và cơ quan quản lý thật không bao giờ thu phí bằng tiền ảo để lấy lại tiền cho bạn.
wrong-number-recovery-ask-bank = Chuyển tiếp email cho bộ phận chống gian lận của ngân hàng và hỏi họ nghĩ sao
    .feedback = Ngân hàng của bạn thấy những email như thế mỗi tuần, và họ không đòi gì. Họ cũng biết báo cáo nào còn giúp được.
wrong-number-recovery-refuse = Không trả lời. Báo cáo email này cùng với mọi thứ khác
    .feedback = Đúng vậy. Một công ty "thu hồi tiền" tự nhận có quan hệ với FBI hay cơ quan quản lý và đòi phí bằng tiền ảo là kiểu lừa đảo lần hai quen thuộc. Nhà chức trách thật không thu tiền của bạn để điều tra.

## The club

wrong-number-club-day = Thứ Năm, ở { $group }, { $friend }, một người bạn thân, bước lại gần, tay cầm điện thoại, miệng tươi cười.

wrong-number-club-show = Xem này! Tháng trước có người nhắn nhầm số cho mình. Giờ ngày nào tụi mình cũng nói chuyện. Dễ thương lắm.
    .discuss = Bạn sẽ nói chuyện này với một người bạn thế nào để họ không thấy mình ngốc?
wrong-number-club-uncle = Mà chú của người đó buôn tiền mã hóa. Người đó bảo có thể giúp mình kiếm chút tiền. Mình có nên thử không?
wrong-number-club-warn = Kể cho { $friend } nghe chuyện đã xảy ra với bạn, và giúp chặn, báo cáo số đó
    .feedback = Tốt. Lừa đảo lan ra nhờ sự im lặng, và một lời từ bạn bè thường là điều ngăn được nó. Một tin "nhầm số" biến thành nhắn tin mỗi ngày rồi đến lời mách nước về tiền: đó chính là kiểu bạn vừa tự mình trải qua.
wrong-number-club-explain-real = Chỉ cho { $friend } thấy sự khác biệt: số nhầm thật của bạn đã xin lỗi rồi thôi; số này thì không bao giờ
    .feedback = Tốt. Điều này giúp { $friend } phân biệt được hai trường hợp, chứ không phải sợ mọi tin nhắn. Nhầm lẫn thật kết thúc bằng một lời xin lỗi. Lừa đảo thì cứ nói chuyện tiếp, chuyển sang ứng dụng riêng rồi chuyển sang chuyện tiền.
wrong-number-club-share-loss = Thành thật kể với { $friend } rằng bạn cũng đã bỏ tiền vào, và chuyện đã ra sao
    .feedback = Điều đó cần can đảm. Sự xấu hổ khiến nhiều người im lặng, và kẻ lừa đảo trông vào điều đó. Chính câu chuyện của bạn có thể là điều khiến { $friend } dừng lại.
wrong-number-club-stay-quiet = Không nói gì. Đó là chuyện riêng của { $friend }
    .feedback = Không muốn làm bạn mình ngượng là điều tử tế. Nhưng những vụ lừa đảo này trông vào sự im lặng, và { $friend } đang ở đúng giai đoạn mà một lời của bạn có thể giúp nhiều nhất.
wrong-number-club-stay-quiet-lost = Không nói gì. Bạn sẽ phải thừa nhận khoản mất của chính mình
    .feedback = Sự xấu hổ khiến người ta im lặng, và các vụ lừa này trông vào điều đó. Chuyện xảy ra với bạn không phải vì ngốc, và nó có thể giúp { $friend } ngay lúc này.

## A friend on a new number

wrong-number-new-number-hi = Chào! { $member } ở { $group } đây. Điện thoại mình rơi vào bồn rửa, nên đây là số mới. Lưu lại giúp mình nhé!
    .discuss = Tin nhắn "số mới" cũng là một mánh quen thuộc. Điều gì giúp bạn chắc chắn, mà không bất lịch sự?
wrong-number-new-number-lift = Thứ Năm bạn vẫn đi chứ? Mình đón bạn lúc 9 giờ, như lần trước.
wrong-number-new-number-reply-yes = Trả lời "Có, cảm ơn nhé!" và lưu số mới
    .feedback = Lần này là thật. Không ai đòi gì ở bạn ngoài một tiếng "có". Tin nhắn "số mới" cũng là mánh của kẻ lừa ("Mẹ ơi, con mất điện thoại"), nên kiểm tra nhanh chẳng tốn gì: nếu sắp tới có ai đòi tiền hay mã, hãy dừng lại và gọi số cũ.
wrong-number-new-number-ask-question = Hỏi điều chỉ { $member } mới biết: "Buổi dã ngoại lần trước bạn mang gì theo?"
    .feedback = Một câu hỏi thân thiện mà chỉ người thật mới trả lời được. Không tốn gì, và một người bạn thật sẽ bật cười.
wrong-number-new-number-call-leader = Gọi người phụ trách { $group } để kiểm tra đây có đúng là số mới của { $member } không
    .feedback = Kiểm tra qua một người bạn đã quen. Tốn một cuộc gọi và chút ngượng ngùng, và người phụ trách vui vì bạn hỏi.
wrong-number-new-number-block = Chặn luôn. Tuần này đủ tin nhắn lạ rồi
    .feedback = Sau mấy ngày vừa qua, chẳng ai trách bạn được. Nhưng đây là một người bạn, và chặn tất cả cũng có cái giá của nó.

wrong-number-answer-cake = Haha! Cái bánh chanh hỏng của mình. Chẳng ai ăn, kể cả mình.

## Endings

wrong-number-end-safe = Tiền tiết kiệm của bạn an toàn: bạn đã dừng trước khi tiền đi. Những tin nhắn như của "{ wrong-number-stranger-name }" do các nhóm tội phạm gửi. Người gõ phím có thể không tự nguyện lừa đảo: nhiều người bị lừa bằng việc làm giả ở nước ngoài và bị ép gửi những tin nhắn này từ một khu lừa đảo.
wrong-number-end-genuine = Thứ Năm, { $member } đứng trước cổng nhà bạn lúc chín giờ, với chiếc điện thoại mới và câu chuyện về cái bồn rửa. Không ai đòi gì ở bạn: số mới thật trông như thế đấy. Những tin nhắn của người lạ tuần này là mánh lừa; tin này là của một người bạn. Kiểm tra không có nghĩa là từ chối tất cả.
wrong-number-end-missed = Thứ Năm, { $member } hơi tủi thân hỏi vì sao tin nhắn từ số mới bị chặn: chỗ ngồi trên xe đã dành cho người khác, và bạn đi xe buýt. Bạn kể về những tin nhắn lạ, và { $member } bật cười và thông cảm. Chặn người lạ là quyền của bạn; một lần kiểm tra ngắn đã có thể giữ được người bạn.
wrong-number-end-helped = Bạn và { $friend } cùng chặn và báo cáo số đó, trước khi thêm đồng nào đi. Tuần sau, thêm hai người ở { $group } nói họ cũng nhận tin nhắn tương tự, và giờ họ biết đó là gì. Người gõ phím dưới tên "{ wrong-number-stranger-name }" rất có thể bị ép làm vậy trong một khu lừa đảo; nói chuyện cởi mở đã bảo vệ bạn bè bạn.
wrong-number-end-small = Số tiền bạn bỏ vào { $app } đã mất. Bạn đã làm đúng điều người cẩn thận được khuyên: tra kho ứng dụng và danh sách của cơ quan quản lý, bắt đầu nhỏ, thử rút tiền, và dừng khi nó đòi thêm. Nền tảng ấy là bản sao của một công ty được cấp phép, dựng lên để vượt qua những bước kiểm tra đó. Đây không phải lỗi của bạn. Gọi ngân hàng, báo cáo kèm tin nhắn, và giữ quy tắc vẫn đứng vững dù mọi bước kiểm tra đều qua: không bỏ tiền theo lời mách của người quen trên mạng.
wrong-number-end-lost-first = Số tiền bạn bỏ vào { $app } đã mất. Bạn dừng trước khi tiền tiết kiệm đi vào, và đó là phần khó nhất: phần lớn người ta trả thêm một lần để giải phóng con số trên màn hình. Đây không phải lỗi của bạn; khoản lãi nhỏ và lần rút đầu dễ dàng được dựng lên để lấy lòng tin. Gọi ngân hàng, báo cáo kèm tin nhắn và tên ứng dụng, và kể với người bạn tin.
wrong-number-end-scammed = Tiền trong ứng dụng chưa bao giờ là thật, và số tiền bạn đã trả đã mất. Đây là tội ác có kế hoạch của những kẻ tội phạm lão luyện, không phải một sai lầm ngốc nghếch: người ở mọi lứa tuổi đều bị lừa. Giờ hãy gọi cho ngân hàng, trình báo cảnh sát và cơ quan tiếp nhận tố giác lừa đảo quốc gia, và kể với một người bạn tin tưởng. Hãy cảnh giác với bất kỳ ai đề nghị lấy lại tiền để lấy phí.
wrong-number-end-recovery = Công ty "thu hồi tiền" đã lấy phí rồi biến mất: nó cũng do kẻ lừa đảo điều hành. Bị nhắm đến hai lần là chuyện thường gặp, và đó không phải lỗi của bạn. Hãy ngừng mọi khoản thanh toán, gọi cho ngân hàng, và trình báo cả hai vụ lừa đảo với cảnh sát và cơ quan tiếp nhận tố giác lừa đảo quốc gia. Sự giúp đỡ thật không bao giờ đòi phí bằng tiền ảo.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Chuyển sang ứng dụng nhắn tin riêng
    .explain = Một người lạ thân thiện từ tin nhắn "nhầm số" sớm đề nghị chuyển sang WhatsApp, Line, Telegram hay WeChat. Ứng dụng riêng không ai theo dõi, lịch sử trò chuyện dễ xóa, và cảm giác gần gũi hơn: đó là nơi niềm tin được gây dựng trước khi nhắc đến tiền.
    .advice = Giữ những cuộc trò chuyện với người lạ ngắn gọn và công khai. Gọi video có ích nhưng có thể bị làm giả bằng công cụ ghép mặt. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.
wrong-number-redflag-polish-not-proof = Giấy phép trong danh sách không phải bằng chứng
    .explain = Các ứng dụng giao dịch giả sao chép tên và số giấy phép của những công ty thật được cấp phép, nên việc tra danh sách vẫn qua. Thêm đánh giá tốt trên kho ứng dụng và một lần rút nhỏ thành công, người cẩn thận cũng bị lừa.
    .advice = Hỏi cơ quan quản lý, qua số trên trang web chính thức của họ, xem ứng dụng này có đúng của công ty được cấp phép không; nhiều nơi có danh sách các bản sao. Và giữ quy tắc vẫn đứng vững dù mọi bước kiểm tra đều qua: không bỏ tiền theo lời mách của người quen trên mạng.
