# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = Nhắn nhầm số
wrong-number-summary = Một người lạ thân thiện nhắn nhầm cho bạn, rồi cứ thế nói chuyện tiếp. Bạn là người đã nghỉ hưu với những buổi chiều yên ắng: bạn quyết định cuộc trò chuyện đi xa đến đâu.

## Characters

wrong-number-character-texter = Số lạ
wrong-number-character-unknown = Số lạ
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = Bộ phận Thu hồi Tài sản

## Variables

wrong-number-who-ray = Ray, 67 tuổi, góa vợ, sống ở Brisbane, Úc
wrong-number-who-teresita = Teresita, 64 tuổi, giáo viên về hưu ở Iloilo, Philippines
wrong-number-who-mei-ling = Mei Ling, 70 tuổi, đã lên chức bà, sống ở Ipoh, Malaysia
wrong-number-group-walking = nhóm đi bộ
wrong-number-group-choir = câu lạc bộ hát
wrong-number-group-tai-chi = lớp thái cực quyền
wrong-number-stranger-anna = Anna
wrong-number-stranger-jenny = Jenny
wrong-number-stranger-vivian = Vivian
wrong-number-friend-lily = Lily
wrong-number-friend-tony = Tony
wrong-number-friend-rosa = Rosa

## A real wrong number

wrong-number-intro = Bạn là { $who }. Từ khi nghỉ hưu, ngày dài và yên ắng. Vui nhất trong tuần là buổi sinh hoạt cùng { $group } vào thứ Năm. Một sáng thứ Hai, điện thoại của bạn rung lên.

wrong-number-plumber = Chào Rob, Sue nhà bên cạnh đây. Mai thợ sửa ống nước vẫn đến lúc 10 giờ chứ? Mình sẽ để cổng mở.
wrong-number-plumber-reply-wrong = Trả lời: "Xin lỗi, hình như bạn nhắn nhầm số rồi."
    .feedback = Tử tế và đơn giản. Giờ hãy để ý điều xảy ra tiếp theo: nó cho bạn biết nhiều hơn cả tin nhắn đầu tiên.
wrong-number-plumber-ignore = Lờ đi. Không phải thợ của mình, không phải chuyện của mình
    .feedback = Như vậy cũng được. Bạn không có nghĩa vụ phải trả lời người lạ.

wrong-number-sorry-oops = Ôi chết, xin lỗi nhé! Mình bấm nhầm số. Lỗi của mình!
wrong-number-sorry-bye = Chúc một ngày tốt lành.
wrong-number-sorry-say-ok = Trả lời "Không sao đâu!" rồi tiếp tục công việc trong ngày
    .feedback = Nhắn nhầm số thật thì trông như thế này: một lời xin lỗi, rồi thôi. Không nói chuyện thêm, không hỏi về cuộc sống của bạn, không nhắc gì đến tiền.
wrong-number-sorry-block-anyway = Chặn và báo cáo số này, cho chắc ăn
    .feedback = Bạn có thể làm vậy, nhưng đây là nhầm lẫn thật: Sue đã xin lỗi và thôi. Nhắn nhầm số xảy ra hằng ngày. Điều làm lộ ra trò lừa đảo là những gì đến sau khi bạn nói "nhầm số".

## The scam begins

wrong-number-anna-text = Chào, { $stranger } đây! Hôm nay mình vẫn đi uống trà chứ?
    .discuss = Làm sao để phân biệt một tin nhắn nhầm số thật với màn mở đầu của một vụ lừa đảo?
wrong-number-anna-text-tell-wrong = Trả lời lịch sự: "Xin lỗi, bạn nhắn nhầm số rồi."
    .feedback = Trả lời lịch sự là chuyện bình thường, hầu hết mọi người đều làm vậy. Phép thử nằm ở bước tiếp theo: người gửi có xin lỗi rồi thôi không?
wrong-number-anna-text-block-now = Chặn và báo cáo số này mà không trả lời
    .feedback = An toàn, và là quyền của bạn: chặn một người lạ thì bạn không mất gì. Chỉ cần nhớ rằng riêng một tin nhắn thì có thể là nhầm thật. Dấu hiệu cảnh báo là người lạ vẫn nói chuyện tiếp sau khi bạn báo "nhầm số".

wrong-number-keeps-chatting-sorry = Ôi, ngại quá! Mình xin lỗi nhé.
    .discuss = Ở đây có gì khác so với một tin nhắn nhầm số thật?
wrong-number-keeps-chatting-kind = Nhưng nghe bạn có vẻ tốt bụng lắm. Bây giờ ít ai trả lời dễ thương như vậy.
wrong-number-keeps-chatting-fate = Mình là { $stranger }, mình có một tiệm hoa nhỏ. Biết đâu nhầm số thế này lại là duyên? Bạn ở đâu vậy?
wrong-number-keeps-chatting-chat-back = Nói chuyện một chút. Cô ấy thân thiện, mà buổi chiều thì dài
    .feedback = Nhắn nhầm số thật thì xin lỗi rồi thôi. Người này xin lỗi rồi vẫn tiếp tục, kèm lời khen và những câu hỏi về bạn. Đây là cách mở đầu phổ biến của những vụ lừa đảo kéo dài, và nó hiệu quả vì ai cũng thấy dễ chịu khi được đối xử tử tế và có người bầu bạn.
wrong-number-keeps-chatting-block-report = Chúc cô ấy một ngày tốt lành, rồi chặn và báo cáo số này
    .feedback = Tinh ý lắm. Nhắn nhầm số thật thì xin lỗi rồi thôi. Một tin "nhầm số" biến thành cuộc trò chuyện thân mật là kiểu mở đầu quen thuộc của lừa đảo tình cảm và lừa đảo đầu tư.

wrong-number-move-app-whatsapp = Nhắn tin từ chỗ mình tốn tiền lắm. Mình nói chuyện qua WhatsApp được không? Số của mình đây.
wrong-number-move-app-photo = (Cô ấy gửi một tấm ảnh: một người phụ nữ đang cười trong quán cà phê sáng sủa, trên bàn có ấm trà.)
wrong-number-move-app-add = Kết bạn với cô ấy trên WhatsApp. Đằng nào ai cũng dùng
    .feedback = Vội chuyển sang ứng dụng nhắn tin riêng là bước quen thuộc trong những vụ lừa đảo này: ở đó, không ai khác thấy cuộc trò chuyện. Riêng điều này thì chưa chứng minh được gì, nhưng đi kèm một người lạ cứ bám theo sau khi nhắn nhầm số, đó là lời cảnh báo.
wrong-number-move-app-ask-video = Nói: "Trước đó mình gọi video nhanh một chút nhé, để mình biết đang nói chuyện với ai."
    .feedback = Một phép thử công bằng: kẻ lừa đảo thường tránh gọi video, vì ảnh là của người khác. Cuộc gọi có ích, nhưng có thể bị làm giả bằng công cụ ghép mặt. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.

## Weeks of warm chat

wrong-number-friendship-morning = Chào buổi sáng! Mình vừa pha trà và nghĩ đến bạn. Tối qua bạn ngủ ngon không?
    .discuss = Vì sao những tin nhắn hằng ngày như thế này lại hiệu quả đến vậy?
wrong-number-friendship-lonely = Mẹ mình mất năm ngoái. Từ đó mình thấy cô đơn quá giữa thành phố lớn này.
wrong-number-friendship-best-part = Nói chuyện với bạn là lúc vui nhất trong ngày của mình. Bạn thật sự hiểu mình.
wrong-number-friendship-open-up = Kể cho cô ấy về cuộc sống, gia đình bạn, và những ngày yên ắng ra sao
    .feedback = Sự ấm áp mỗi ngày, nỗi đau chung và câu "bạn hiểu mình" tạo ra sự gắn bó rất nhanh. Cách này gọi là "dội bom tình cảm" (love bombing), và nó hiệu quả với bất kỳ ai hơi cô đơn, tức là hầu hết chúng ta. Cô ấy cũng đang tìm hiểu điều gì quan trọng với bạn.
wrong-number-friendship-ask-video = Đề nghị gọi video. Được thấy mặt cô ấy thì hay quá
    .feedback = Một phép thử tốt. Nhắn tin ngọt ngào hàng tuần liền mà chưa bao giờ thấy mặt là một trong những dấu hiệu rõ nhất của kiểu lừa đảo này. Ngay cả cuộc gọi cũng có thể bị làm giả, nên quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.
wrong-number-friendship-step-back = Mọi thứ ngọt ngào quá, nhanh quá. Thôi trả lời và chặn cô ấy
    .feedback = Linh cảm tốt. Một người lạ tìm thấy bạn "do nhầm lẫn", thân mật rất nhanh, trên một ứng dụng riêng: đó là một kiểu quen thuộc. Bạn có thể rút lui mà không cần giải thích.

wrong-number-no-video-camera = Ôi, camera điện thoại mình bị hỏng rồi, ngại ghê.
wrong-number-no-video-shy = Mà nói thật mình cũng ngại lắm. Hôm nay trông mình tệ quá.
wrong-number-no-video-promise = Tuần sau nhé, mình hứa! Giờ cứ nhắn tin ở đây đã.
wrong-number-no-video-accept = Bỏ qua. Nhiều người ngại lên hình mà
    .feedback = Một lý do thì có thể là thật, nhưng lúc nào cũng sẽ có lý do khác. Người nói chuyện với bạn mỗi ngày mà không bao giờ lộ mặt là đang che giấu mình là ai.
wrong-number-no-video-accept-later = Bỏ qua. Nhiều người ngại lên hình mà
    .feedback = Một lý do thì có thể là thật, nhưng lúc nào cũng sẽ có lý do khác. Người nói chuyện với bạn mỗi ngày mà không bao giờ lộ mặt là đang che giấu mình là ai.
wrong-number-no-video-stop-block = Không gọi video thì thôi nhắn tin. Chặn và báo cáo cô ấy
    .feedback = Đúng vậy. Một người bạn lúc nào cũng "sắp" gọi video mà không bao giờ gọi là dấu hiệu quen thuộc. Ảnh thường lấy từ hồ sơ của người khác, và ngay cả cuộc gọi cũng có thể bị làm giả, nên lời mách nước về tiền từ bạn trên mạng không bao giờ an toàn.

## The money

wrong-number-crypto-tip-uncle = Bạn biết không, chú mình đã dạy mình đầu tư tiền ảo. Chú biết khi nào thị trường sẽ lên xuống.
    .discuss = Vì sao chuyện tiền bạc chỉ được nhắc đến sau nhiều tuần làm bạn?
wrong-number-crypto-tip-profit = (Cô ấy gửi ảnh chụp màn hình một ứng dụng giao dịch: tài khoản của cô ấy lời thêm hàng nghìn đô la trong tuần này.)
wrong-number-crypto-tip-try = Mình muốn bạn cũng có một tuổi già sung túc. Bắt đầu nhỏ thôi, chỉ ${ $first }. Mình sẽ hướng dẫn bạn từng bước.
wrong-number-crypto-tip-try-small = Thử với ${ $first }. Số tiền nhỏ thôi, mà cô ấy lại tốt với mình như vậy
    .feedback = Lời mách nước về tiền ảo hay một ứng dụng giao dịch từ người quen trên mạng là cốt lõi của trò lừa đảo này. "Bắt đầu nhỏ thôi" là một phần kế hoạch: một khoản lời nhỏ tạo lòng tin cho một khoản nạp lớn về sau.
wrong-number-crypto-tip-say-no = Từ chối: bạn không bao giờ nghe lời khuyên về tiền bạc của người chưa từng gặp. Rồi chặn cô ấy
    .feedback = Đúng vậy. Một người lạ nhắc đến tiền ảo sau nhiều tuần nhắn tin thân mật là đang làm theo kịch bản. Một người bạn thật không bắt bạn phải đầu tư thì mới chịu làm bạn.

wrong-number-early-profit-grown = Nhìn này! ${ $first } của bạn đã tăng gần 30% chỉ trong một tuần!
wrong-number-early-profit-test = (Cô ấy bảo bạn rút thử $50. Bạn làm theo, và hôm sau tiền về tài khoản ngân hàng.)
wrong-number-early-profit-bonus = Thấy chưa? Thật đấy! Mà chỉ riêng tuần này, nền tảng thưởng 30% cho khoản nạp trên ${ $big }. Với số tiền tiết kiệm của bạn, cuối cùng bạn cũng có thể sống thảnh thơi!
wrong-number-early-profit-invest-savings = Chuyển phần lớn tiền tiết kiệm vào. Dù sao lần rút thử cũng thành công rồi
    .feedback = Một khoản lời nhỏ ban đầu, và một lần rút tiền nhỏ về được thật, là mồi nhử: chúng khiến bạn tin giao cho ứng dụng nhiều tiền hơn. Những con số lớn trên màn hình không phải tiền thật.
wrong-number-early-profit-stop-now = Dừng ở đây. Không bỏ thêm đồng nào, chặn cô ấy và báo cáo ứng dụng
    .feedback = Làm tốt lắm. Khoản lời nhỏ và lần rút tiền đầu tiên dễ dàng là để tạo lòng tin cho khoản nạp lớn. Dừng lại bây giờ giữ an toàn cho tiền tiết kiệm của bạn, dù khoản nhỏ ban đầu có thể đã mất.

## Going far

wrong-number-blocked-grow = Bạn chuyển ${ $big } vào ứng dụng. Mỗi ngày số dư lại tăng, và { $stranger } gửi trái tim cùng lời chúc mừng.
    .discuss = Tiền "vẫn còn đó", nhưng không rút ra được nếu không trả thêm một khoản nữa. Vì sao dừng lại ở đây lại khó đến vậy? Bạn sẽ nói gì với một người bạn?
wrong-number-blocked-frozen = Khi bạn thử rút tiền, ứng dụng hiện: "Lệnh rút đang bị tạm giữ. Hãy nộp thuế ${ $tax } để giải ngân tiền của bạn."
wrong-number-blocked-she-says = { $stranger } nhắn: "Đừng lo, ai cũng phải nộp thuế mà. Mình còn có thể cho bạn mượn một ít!"
wrong-number-blocked-pay-tax = Nộp thuế. So với số dư thì chẳng đáng là bao
    .feedback = Nền tảng thật sẽ trừ phí vào số dư của bạn; họ không đòi tiền mới rồi mới cho rút. "Thuế" này là bước tiếp theo của trò lừa đảo, và sẽ còn bước khác nữa.
wrong-number-blocked-stop-report = Không trả thêm gì. Lưu lại mọi thứ, gọi cho ngân hàng và trình báo
    .feedback = Đúng vậy. Bị chặn rút tiền cho đến khi nộp "thuế", "phí" hay "nạp thêm" là giai đoạn cuối của những vụ lừa đảo này. Hãy gọi ngay cho ngân hàng, vì đôi khi giao dịch chuyển tiền vẫn còn chặn được, rồi trình báo.

wrong-number-more-fees-paid = Bạn nộp thuế. Hôm sau ứng dụng báo: "Tài khoản đang được xem xét. Nộp khoản đặt cọc bảo đảm ${ $tax } để mở khóa tiền của bạn."
wrong-number-more-fees-almost = { $stranger } nhắn: "Bực ghê! Nhưng đây là bước cuối rồi, xong là mình ăn mừng cùng nhau."
wrong-number-more-fees-pay-deposit = Trả thêm lần nữa. Sắp được rồi
    .feedback = Không có bước cuối nào cả: sau mỗi lần trả lại có một lần mới, cho đến khi bạn dừng lại. Số dư trên màn hình chưa bao giờ là thật.
wrong-number-more-fees-stop = Dừng lại. Lưu lại mọi thứ, gọi cho ngân hàng và trình báo
    .feedback = Đúng vậy. Một khoản "phí" thứ hai sau khoản đầu tiên cho thấy bạn sẽ không bao giờ rút được tiền. Dừng lại bây giờ là bảo vệ số tiền còn lại.

wrong-number-silent = Bạn trả tiền. Sáng hôm sau, ứng dụng không mở được nữa, và { $stranger } không trả lời nữa. Một tuần sau, có một email gửi đến.

wrong-number-recovery = Chúng tôi biết quý khách đã mất tiền vì lừa đảo tiền ảo. Đội ngũ của chúng tôi làm việc với FBI và các cơ quan quản lý quốc tế, và có thể lấy lại ${ $big } cho quý khách. Để bắt đầu, xin vui lòng thanh toán khoản phí 10% bằng USDT.
wrong-number-recovery-pay-fee = Trả phí. Lấy lại được tiền thì cũng đáng
    .feedback = Đây là vụ lừa đảo thứ hai, nhắm vào những người vừa mất tiền. Cảnh sát và cơ quan quản lý thật không bao giờ thu phí bằng tiền ảo để lấy lại tiền cho bạn.
wrong-number-recovery-refuse = Không trả lời. Báo cáo email này cùng với mọi thứ khác
    .feedback = Đúng vậy. Một công ty "thu hồi tiền" tự nhận có quan hệ với FBI hay cơ quan quản lý và đòi phí bằng tiền ảo là kiểu lừa đảo lần hai quen thuộc. Nhà chức trách thật không thu tiền của bạn để điều tra.

## The club

wrong-number-club-day = Thứ Năm, ở { $group }, { $friend }, một người bạn thân, bước lại gần, tay cầm điện thoại, miệng tươi cười.

wrong-number-club-show = Xem này! Tháng trước có một cô nhắn nhầm số cho mình. Giờ ngày nào tụi mình cũng nói chuyện. Cô ấy dễ thương lắm.
    .discuss = Bạn sẽ nói chuyện này với một người bạn thế nào để họ không thấy xấu hổ?
wrong-number-club-uncle = Mà chú của cô ấy là dân đầu tư tiền ảo. Cô ấy bảo có thể giúp mình kiếm chút tiền. Mình có nên thử không?
wrong-number-club-warn = Kể cho { $friend } nghe chuyện đã xảy ra với bạn, và giúp chặn, báo cáo số đó
    .feedback = Tốt. Lừa đảo lan ra nhờ sự im lặng, và một lời từ bạn bè thường là điều ngăn được nó. Một tin "nhầm số" biến thành nhắn tin mỗi ngày rồi đến lời mách nước về tiền: đó chính là kiểu bạn vừa tự mình trải qua.
wrong-number-club-explain-real = Chỉ cho { $friend } thấy sự khác biệt: số nhầm thật của bạn đã xin lỗi rồi thôi; số này thì không bao giờ
    .feedback = Tốt. Điều này giúp { $friend } phân biệt được hai trường hợp, chứ không phải sợ mọi tin nhắn. Nhầm lẫn thật kết thúc bằng một lời xin lỗi. Lừa đảo thì cứ nói chuyện tiếp, chuyển sang ứng dụng riêng rồi chuyển sang chuyện tiền.
wrong-number-club-share-loss = Thành thật kể với { $friend } rằng bạn cũng đã bỏ tiền vào, và chuyện đã ra sao
    .feedback = Điều đó cần can đảm. Sự xấu hổ khiến nhiều người im lặng, và kẻ lừa đảo trông vào điều đó. Chính câu chuyện của bạn có thể là điều khiến { $friend } dừng lại.
wrong-number-club-stay-quiet = Không nói gì. Đó là chuyện riêng của { $friend }
    .feedback = Không muốn làm bạn mình ngượng là điều tử tế. Nhưng những vụ lừa đảo này trông vào sự im lặng, và { $friend } đang ở đúng giai đoạn mà một lời của bạn có thể giúp nhiều nhất.

## Endings

wrong-number-end-safe = Bạn đã chặn và báo cáo số đó, và tiền tiết kiệm của bạn an toàn. Những tin nhắn như của "{ $stranger }" do các băng nhóm tội phạm gửi. Người gõ tin nhắn chưa chắc đã tự nguyện làm kẻ lừa đảo: nhiều người bị lừa bằng một việc làm giả ở nước ngoài và bị ép gửi những tin nhắn này từ một khu lừa đảo.
wrong-number-end-helped = Bạn và { $friend } đã cùng nhau chặn và báo cáo số đó, trước khi có thêm đồng tiền nào bị chuyển đi. Tuần sau, hai người nữa ở { $group } kể rằng họ cũng nhận được tin nhắn kiểu đó, và giờ họ đã biết đó là gì. Người nhắn tin dưới tên "{ $stranger }" rất có thể đã bị ép làm vậy trong một khu lừa đảo; nói chuyện cởi mở đã bảo vệ bạn bè của bạn.
wrong-number-end-scammed = Tiền trong ứng dụng chưa bao giờ là thật, và số tiền bạn đã trả đã mất. Đây là tội ác có kế hoạch của những kẻ tội phạm lão luyện, không phải một sai lầm ngốc nghếch: người ở mọi lứa tuổi đều bị lừa. Giờ hãy gọi cho ngân hàng, trình báo cảnh sát và cơ quan tiếp nhận tố giác lừa đảo quốc gia, và kể với một người bạn tin tưởng. Hãy cảnh giác với bất kỳ ai đề nghị lấy lại tiền để lấy phí.
wrong-number-end-recovery = Công ty "thu hồi tiền" đã lấy phí rồi biến mất: nó cũng do kẻ lừa đảo điều hành. Bị nhắm đến hai lần là chuyện thường gặp, và đó không phải lỗi của bạn. Hãy ngừng mọi khoản thanh toán, gọi cho ngân hàng, và trình báo cả hai vụ lừa đảo với cảnh sát và cơ quan tiếp nhận tố giác lừa đảo quốc gia. Sự giúp đỡ thật không bao giờ đòi phí bằng tiền ảo.

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = Chuyển sang ứng dụng nhắn tin riêng
    .explain = Một người lạ thân thiện từ tin nhắn "nhầm số" sớm đề nghị chuyển sang WhatsApp, Line, Telegram hay WeChat. Ứng dụng riêng không ai theo dõi, lịch sử trò chuyện dễ xóa, và cảm giác gần gũi hơn: đó là nơi niềm tin được gây dựng trước khi nhắc đến tiền.
    .advice = Giữ những cuộc trò chuyện với người lạ ngắn gọn và công khai. Gọi video có ích nhưng có thể bị làm giả bằng công cụ ghép mặt. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.
