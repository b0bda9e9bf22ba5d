# Machine-drafted translation: needs review by a native speaker.
task-job-title = Việc làm nhiệm vụ
task-job-summary = Bạn mười chín tuổi và đang để dành tiền đi học. Một video mời kiếm tiền bằng cách thả tim video trên điện thoại, và những khoản tiền đầu tiên về thật.

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }, người hướng dẫn của bạn ở { $app }
task-job-character-platform = { $app }
task-job-character-company = { $firm }, phòng nhân sự
task-job-character-cousin = { $cousin }, anh chị họ của bạn làm ở ngân hàng
task-job-character-board = Văn phòng việc làm tỉnh: bảng tin tuyển dụng
task-job-character-owner = Cô { $owner }, ở cửa hàng trái cây sấy
task-job-character-mother = Mẹ bạn

## Variables

task-job-town-khon-kaen = Khon Kaen
task-job-town-udon-thani = Udon Thani
task-job-town-korat = Korat
task-job-town-chiang-rai = Chiang Rai
task-job-friend-fon = Fon
task-job-friend-mint = Mint
task-job-friend-bee = Bee
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = Nat
task-job-cousin-pim = Pim
task-job-owner-noi = Noi
task-job-owner-dao = Dao
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = Công ty TNHH Siam Digital Media
task-job-firm-northstar = Công ty TNHH Northstar Marketing
task-job-firm-bluewave = Công ty TNHH Bluewave Online

## The advert

task-job-start = Bạn mười chín tuổi, sống với mẹ ở { $town }, Thái Lan. Bạn học xong phổ thông năm ngoái, cuối tuần làm ở một quán mì, và đang để dành tiền cho một khóa học bắt đầu vào học kỳ mới. Vẫn còn thiếu. Một đêm, một video hiện lên trên TikTok.

task-job-ad = Việc bán thời gian trên điện thoại! Thả tim video và chấm điểm cửa hàng, 10 phút một lượt, { $pay } baht một lượt, trả trong ngày. Không cần kinh nghiệm, không mất phí. Nhắn tin để bắt đầu ngay tối nay.
    .discuss = Điều gì trong bài đăng này khiến bạn muốn thử? Bạn muốn biết điều gì trước?
task-job-ad-message = Nhắn tin cho họ. Thử một lượt thì có mất gì đâu.
    .feedback = Việc làm tìm thấy qua một video hay một tin nhắn bất ngờ thì không kiểm tra được: không có công ty, không có địa chỉ, không ai chịu trách nhiệm. Hầu hết các việc làm nhiệm vụ đều bắt đầu đúng như thế.
task-job-ad-ask-friend = Hỏi { $friend } trước: tuần trước bạn ấy đã chia sẻ một bài giống thế
    .feedback = Hỏi người mình quen là một phản xạ tốt. Hãy nghe điều bạn ấy đã thấy, rồi cũng tự kiểm tra.
task-job-ad-read-comments = Đọc bình luận trước khi quyết định
    .feedback = Hàng trăm bình luận "Mình nhận được tiền rồi, cảm ơn!" trông như bằng chứng. Chúng có thể do chính những người đăng bài viết ra, nên không cho thấy điều gì bạn kiểm tra được.
task-job-ad-job-board = Xem bảng tin tuyển dụng của văn phòng việc làm tỉnh thay vào đó
    .feedback = Bảng tin của một cơ quan nhà nước đăng những chủ có tên và địa chỉ. Lương ở đó thấp hơn, và đó là một cái giá thật: cũng chính vì thế mà video kia hấp dẫn đến vậy.

task-job-friend-did-it = Mình làm rồi! Chủ nhật làm ba lượt, dễ lắm.
    .discuss = { $friend } nói thật về những gì bạn ấy đã thấy. Có điều gì bạn ấy chưa thấy?
task-job-friend-paid = { $pay } baht vào tài khoản sau mười phút. Nhìn này, ảnh chụp màn hình đây.
task-job-friend-code = Dùng mã mời của mình đi, cả hai đều được thưởng!
task-job-friend-use-code = Dùng mã của bạn ấy. Dù sao bạn ấy cũng đã được trả tiền.
    .feedback = Một người bạn thật sự được trả tiền là bằng chứng mạnh nhất, nên những việc này trả tiền các lượt đầu và thưởng khi mời bạn. Bạn của bạn không nói dối: bạn ấy chỉ chưa đến bước họ đòi tiền.
task-job-friend-ask-pay-in = "Họ có bao giờ bảo cậu nạp tiền vào không?"
    .feedback = Câu hỏi hay. { $friend } nói "chưa, nhưng có cấp VIP mình không cần". Đó là phần cần để ý: công việc trả tiền cho bạn, không bao giờ bắt bạn nạp tiền vào.
task-job-friend-job-board = Cảm ơn bạn ấy, và xem bảng tin tuyển dụng trước
    .feedback = { $friend } hơi buồn vì bạn không dùng mã của bạn ấy. Kiểm tra vẫn là điều đúng: một việc làm thật vẫn còn đó vào tuần sau.

## The mentor

task-job-chat-hello = Chào mừng bạn! Mình là { $mentor }, người hướng dẫn của bạn ở { $app }.
    .discuss = Người hướng dẫn thân thiện, nhanh nhẹn và kiên nhẫn. Vì sao điều đó khiến lời mời có vẻ an toàn hơn?
task-job-chat-work = Bọn mình giúp các cửa hàng và ứng dụng trực tuyến có điểm đánh giá tốt hơn. Bạn thả tim video và chấm điểm sản phẩm, 30 nhiệm vụ một lượt. Hoa hồng được chuyển vào tài khoản ngân hàng của bạn.
task-job-chat-details = Để bắt đầu mình chỉ cần tên, tuổi của bạn và số tài khoản ngân hàng để trả lương. Tất nhiên là không cần mật khẩu!
task-job-chat-send-details = Gửi tên và số tài khoản. Việc nào cũng cần để trả lương.
    .feedback = Một chủ thật cũng cần tài khoản để trả lương cho bạn, nên điều này có vẻ bình thường. Nhưng bạn vẫn chưa biết họ là ai: không tên công ty, không địa chỉ, không có gì để tra cứu.
task-job-chat-ask-company = "Đây là công ty nào? Cho mình xin tên và địa chỉ được không?"
    .feedback = Đúng vậy: không thể kiểm tra một chủ không có tên. Hãy xem họ trả lời gì, vì một cái tên có thể được mượn.
task-job-chat-ask-why = "Sao một công ty lại trả tiền cho lượt thích? Đó có phải việc thật không?"
    .feedback = Câu hỏi chính đáng. Mười phút bấm được { $pay } baht, nhiều hơn quán mì trả bạn trong một giờ. Tiền dễ như thế chính là mồi nhử.

task-job-why-normal = Haha, ai cũng hỏi thế! Giờ đây là tiếp thị bình thường mà. Cửa hàng cần đánh giá để được nhìn thấy.
task-job-why-shops = Các thương hiệu lớn đều làm vậy. Bạn chỉ giúp thuật toán thôi.
task-job-why-fair-enough = Nghe cũng hợp lý. Bắt đầu lượt đầu tiên.
    .feedback = Nghe như một việc làm hiện đại, và vì thế nó hiệu quả. Nhưng lượt thích và điểm đánh giá mua từ người lạ không phải việc thật, và một công ty tuyển người kiểu này thì không kiểm tra được.
task-job-why-ask-company = "Được. Công ty tên gì, ở đâu?"
    .feedback = Tốt: một cái tên cho bạn điều để kiểm tra. Hãy tự kiểm tra, không qua những đường link họ gửi.
task-job-why-leave = Từ chối, và tìm việc khác
    .feedback = Bạn rời một cuộc trò chuyện tử tế với bạn và hứa hẹn tiền dễ kiếm. Điều đó không dễ, và bạn mất cơ hội có nhanh { $pay } baht.

## The company name

task-job-company-name = Tất nhiên rồi! { $app } do { $firm } điều hành: đây là số đăng ký và trang web của bọn mình.
task-job-company-papers = Mình gửi cả hợp đồng làm việc cho bạn nữa, có logo và con dấu.
task-job-company-looks-real = Trang web là thật và công ty có tồn tại. Làm tiếp.
    .feedback = Công ty là thật, nhưng có thể chẳng liên quan gì đến cuộc trò chuyện này: lừa đảo việc làm nhiệm vụ thường mượn tên một doanh nghiệp hay công ty tuyển dụng có thật. Trang web, con số và con dấu đều dễ sao chép.
task-job-company-call-company = Tự tìm số điện thoại của công ty và gọi đến văn phòng
    .feedback = Đây là cách kiểm tra có tác dụng: một số bạn tự tìm, không phải số trong cuộc trò chuyện. Bạn phải chờ máy cả buổi sáng mới có người nghe.
task-job-company-video = Xin { $mentor } một cuộc gọi video ngắn trước
    .feedback = Gọi video là một phép thử công bằng, và lần này nó qua. Nhưng một khuôn mặt trong cuộc gọi chỉ chứng minh có người ở đó: người ấy có thể được thuê, hoặc bị ép, để mỉm cười. Quy tắc luôn đúng là: công việc không bao giờ bắt bạn nạp tiền vào.

task-job-video-face = Một cô gái đeo tai nghe mỉm cười và vẫy tay. Phía sau là một văn phòng với nhiều bàn làm việc.
task-job-video-office = Cô ấy nói: "Thấy chưa? Văn phòng thật đấy! Chào mừng bạn vào nhóm." Cuộc gọi kéo dài hai phút.

task-job-real-not-us = { $firm } ạ? Chúng tôi không có ứng dụng nào tên { $app }, và chúng tôi không tuyển người qua Telegram.
task-job-real-others = Bạn là người thứ ba trong tuần này. Xin hãy báo cáo tài khoản đó.
task-job-real-report-warn = Báo tài khoản đó cho đường dây báo lừa đảo của cảnh sát, và kể cho { $friend } điều bạn phát hiện
    .feedback = Báo cáo giúp cảnh sát liên kết các vụ việc. Nói với { $friend } có thể không dễ: bạn ấy đã được trả tiền và có thể không muốn nghe.
task-job-real-block = Chặn cuộc trò chuyện và dừng ở đó
    .feedback = Bạn không mất gì. Một báo cáo sẽ giúp người khác, và bạn vẫn có thể báo.
task-job-real-collect-first = Cứ làm vài lượt để lấy tiền công. Bạn sẽ dừng trước khi họ đòi tiền.
    .feedback = Lấy tiền của họ rồi dừng có vẻ an toàn. Nhưng tiền công là mồi nhử, và nó đến từ những tài khoản do nhóm kia kiểm soát: điều đó có thể tự nó gây rắc rối.

## The tasks

task-job-tasks-set = Hoàn thành lượt: 30 trên 30 nhiệm vụ. Đã cộng hoa hồng.
    .discuss = Ứng dụng hiện một số dư tăng dần. Con số đó chứng minh được gì?
task-job-tasks-balance = Số dư của bạn: { $pay } baht. Cấp 1. Cấp 2 mở khóa hoa hồng cao hơn.
task-job-tasks-paid = Bạn bấm "rút tiền". Năm phút sau, { $pay } baht vào tài khoản ngân hàng của bạn, gửi từ tài khoản cá nhân của một người bạn không biết.
task-job-tasks-next-set = Được thật. Làm các lượt tiếp theo.
    .feedback = Những khoản trả đầu tiên là thật, và đó là kế hoạch: một khoản nhỏ khiến công việc có vẻ đã được chứng minh, nên lời đề nghị đến sau có vẻ an toàn.
task-job-tasks-ask-cousin = Hỏi { $cousin }, anh chị họ làm ở ngân hàng, xem thế có bình thường không
    .feedback = Hỏi người hiểu về tiền là một bước tốt. Bạn mất chút thể diện: { $cousin } sẽ trêu bạn chuyện "bấm lấy tiền".
task-job-tasks-stop-now = Giữ { $pay } baht và dừng ở đây
    .feedback = Dừng khi đang có lời giống như thắng họ bằng chính trò của họ. Bạn không nạp đồng nào. Nhưng khoản bạn nhận đến từ tài khoản của nhóm kia.

task-job-cousin-account = Trả từ tài khoản cá nhân của người lạ à? Công ty thật trả từ tài khoản công ty.
task-job-cousin-rule = Và nghe này: nếu họ bảo em nạp tiền vào, đó là lừa đảo. Lần nào cũng vậy.
task-job-cousin-stop = Dừng lại, và nói với người hướng dẫn là bạn nghỉ
    .feedback = Bạn tin một người hiểu cách tiền di chuyển. Những khoản trả là mồi nhử, và tài khoản của người lạ là một dấu hiệu.
task-job-cousin-one-more = Thêm một ngày nữa rồi dừng
    .feedback = Thêm một ngày lúc nào cũng có vẻ an toàn, vì ngày nào cũng được trả. Lời đòi tiền đến đúng lúc bạn tin công việc nhất.

## The set that needs money

task-job-group-lucky = Chúc mừng! Hôm nay bạn được nhận nhiệm vụ thương gia. Hoa hồng 30%!
    .discuss = Bạn nghĩ vì sao lời đòi tiền chỉ đến bây giờ, sau nhiều ngày được trả?
task-job-group-prepaid = Đây là nhiệm vụ trả trước: nạp { $deposit } baht trước, và tiền sẽ về cùng hoa hồng khi xong lượt.
task-job-group-others = Trong nhóm, mọi người đăng ảnh chụp màn hình: "Xong! Nhận lại đủ cộng thêm 30%!"
task-job-group-timer = Nhiệm vụ hết hạn sau 30 phút.
task-job-group-top-up = Nạp { $deposit } baht. Tối nay tiền sẽ về.
    .feedback = Đây là bước ngoặt của mọi vụ lừa đảo việc làm nhiệm vụ: bạn nạp tiền để "mở khóa" lượt tiếp theo. Công việc trả tiền cho bạn; không bao giờ bắt bạn trả. Những ảnh chụp vui vẻ là do nhóm kia đăng.
task-job-group-refuse = "Mình không trả tiền để đi làm. Hãy gửi số dư cho mình."
    .feedback = Đúng. Một công việc cần tiền của bạn mới tiếp tục được thì không phải công việc.
task-job-group-after-payday = Nói rằng bạn sẽ làm sau ngày lĩnh lương tuần sau
    .feedback = Bạn cho mình thời gian, và thời gian là thứ họ không muốn bạn có. Hãy xem họ trả lời thế nào.

task-job-refuse-frozen = Nếu bạn dừng giữa nhiệm vụ, hệ thống sẽ đóng băng số dư. Bạn sẽ mất hết những gì đã kiếm được.
task-job-refuse-level = Ai trong nhóm cũng làm vậy. Đừng bỏ cấp của bạn lúc này!
task-job-refuse-walk-away = Bỏ số dư đó, và rời đi
    .feedback = Bạn bỏ lại số tiền mà ứng dụng bảo là của bạn. Đó là một con số trên màn hình, và cách duy nhất để "giữ" nó là trả tiền.
task-job-refuse-just-once = Trả, chỉ lần này thôi, để cứu số dư
    .feedback = Một số dư bị đóng băng khiến thêm một lần trả giống như bảo vệ những gì bạn kiếm được. Việc đóng băng sinh ra chính là để vậy.
task-job-refuse-warn-friend = Rời đi, và báo cho { $friend } trước khi bạn ấy đến bước này
    .feedback = Bạn đã dừng, và biến điều bạn thấy thành một lời cảnh báo. Lúc đầu { $friend } có thể giận.

task-job-stuck-negative = Lượt chưa hoàn thành. Số dư của bạn: âm { $deposit } baht.
task-job-stuck-more = Để hoàn thành lượt và rút toàn bộ, hãy nạp { $big } baht.
task-job-stuck-mentor = { $mentor }: "Chuyện này có xảy ra mà! Đây là tổ hợp may mắn. Sau lần này bạn rút hết được."
task-job-stuck-pay-more = Vay tiền và trả. Rồi tất cả sẽ về.
    .feedback = Sau mỗi lần trả lại có một "tổ hợp", "thuế" hay "phí" mới. Số dư chưa bao giờ là thật, và trả thêm chỉ làm khoản mất lớn hơn.
task-job-stuck-stop-report = Ngừng trả. Lưu các cuộc trò chuyện và số tài khoản, rồi báo cáo
    .feedback = Dừng lại sau khi mất tiền rất khó, vì nghĩa là chấp nhận khoản mất. Nhưng đó cũng là điều giữ cho khoản mất nhỏ, và hồ sơ của bạn giúp cảnh sát.
task-job-stuck-ask-mother = Hỏi mẹ cho vay { $big } baht
    .feedback = Nói với người nhà khiến bạn có một buổi tối khó khăn. Nhưng nó cũng đưa vào một người nhìn thấy cái bẫy từ bên ngoài.

task-job-mother-what = Mẹ đọc cuộc trò chuyện trong im lặng. "{ $big } baht? Để thả tim á?"
task-job-mother-angry = Mẹ giận: giận họ, và trong một lúc, giận cả bạn. Đó là tiền đi học.
task-job-mother-stay = Rồi mẹ ngồi xuống bên bạn. "Mình không trả thêm gì cho họ nữa. Mai mình đi báo cảnh sát."

## After

task-job-after = Bạn rời nhóm. Người hướng dẫn không trả lời nữa, và ứng dụng hiện số dư của bạn là "bị đóng băng". Bạn không mất đồng nào của mình. Giờ thì sao?
task-job-after-report = Báo cho đường dây báo lừa đảo của cảnh sát, kèm các cuộc trò chuyện và tài khoản đã trả tiền cho bạn
    .feedback = Một báo cáo có tài khoản và tin nhắn giúp cảnh sát liên kết các vụ việc. Nó cũng bảo vệ bạn nếu sau này có câu hỏi.
task-job-after-warn-friend = Kể cho { $friend } chuyện đã xảy ra, trước khi bạn ấy nạp tiền
    .feedback = Cảnh báo có thể làm bạn ấy mất mặt. Nhưng cũng có thể cứu khoản tiết kiệm của bạn ấy.
task-job-after-block = Chặn tất cả và cố quên đi
    .feedback = Không ai trách bạn được. Dù vậy hãy giữ lại các tin nhắn: nếu sau này có câu hỏi, chúng cho thấy điều đã xảy ra.

task-job-hold = Mười ngày sau, ứng dụng ngân hàng báo tài khoản của bạn bị tạm giữ. { $pay } baht bạn nhận được đến từ số tiền mà một người khác đã mất vào tay cùng nhóm đó; người ấy đã trình báo, và mọi tài khoản mà số tiền đi qua đều đang bị kiểm tra. Bạn không làm gì sai, và tin nhắn của bạn cho thấy điều đó, nhưng ngân hàng và cảnh sát mất nhiều tuần để làm rõ. Tiền tiết kiệm của bạn nằm trong tài khoản đó.

## The genuine job

task-job-board = Cần người làm bán thời gian ở một cửa hàng trái cây sấy tại { $town }. Chụp ảnh sản phẩm và trả lời tin nhắn trên trang Facebook của cửa hàng, ba buổi tối một tuần. { $hourly } baht một giờ. Nộp đơn trực tiếp tại cửa hàng. Đăng bởi văn phòng việc làm tỉnh.
    .discuss = Việc này trả ít hơn nhiều so với video kia. Điều gì khiến nó dễ kiểm tra hơn?
task-job-board-visit = Đến cửa hàng hỏi thăm
    .feedback = Một người chủ bạn gặp được ở một địa chỉ thật, và không đòi gì ở bạn, là người bạn kiểm tra được.
task-job-board-back-to-phone = Trả ít quá. Nhắn cho việc trên điện thoại thôi.
    .feedback = Khoảng chênh lương là thật, và các việc làm nhiệm vụ lợi dụng chính khoảng chênh ấy. Hãy nhớ việc trên bảng tin như thước đo của một lời mời thật.
task-job-board-keep-looking = Tiếp tục tìm việc lương cao hơn
    .feedback = Chưa mất gì, chưa được gì. Tìm kiếm cẩn thận thì cần thời gian.

task-job-shop-hello = Vào đi con! Con thấy thông báo của cô ở văn phòng việc làm hả? Ngồi đi, ngồi đi.
task-job-shop-work = Ba buổi tối, chụp ảnh và lo trang Facebook. Cô không rành điện thoại, khách nhắn mà cô không trả lời.
task-job-shop-pay = { $hourly } baht một giờ, trả mỗi thứ Sáu. Làm thử một buổi tối trước xem con có thích không.
task-job-shop-start = Bắt đầu vào thứ Sáu
    .feedback = Cô ấy không đòi gì ở bạn, trả tiền sau khi làm, và bạn thấy cô ở đâu. Một việc nhỏ thật trông như thế.
task-job-shop-in-writing = Nhờ cô viết giờ làm và tiền công ra giấy
    .feedback = Cô bật cười, và viết vào mặt sau một tờ hóa đơn. Xin viết ra giấy là điều công bằng với bất kỳ người chủ nào, và người chủ thật không phiền.
task-job-shop-too-little = Cảm ơn cô, nhưng việc trên điện thoại trả nhiều hơn
    .feedback = Lương thấp, và điều đó quan trọng khi bạn đang để dành. Khác biệt là việc này trả tiền cho bạn, không bao giờ ngược lại.

## Endings

task-job-end-safe = Bạn chặn cuộc trò chuyện trước khi có đồng tiền nào chuyển đi. Công ty bạn gọi thêm tin nhắn của bạn vào cảnh báo của họ về những tài khoản giả mạo dùng tên công ty. Tiền đi học vẫn còn thiếu, nhưng vẫn còn nguyên.
task-job-end-waiting = Bạn giữ việc cuối tuần ở quán mì và tiếp tục xem bảng tin tuyển dụng. Chưa mất gì, chưa được gì. Tìm kiếm cẩn thận thì chậm hơn, và không phí công.
task-job-end-genuine = Thứ Sáu, bạn chụp ảnh những hũ xoài sấy và trả lời hai mươi tin nhắn cửa hàng đã bỏ lỡ. Cô { $owner } trả bạn tiền mặt và hẹn bạn quay lại. Không nhiều tiền, nhưng là tiền thật, và sẽ tăng lên cùng cửa hàng.
task-job-end-helped = { $friend } giận một ngày: bạn ấy đã được trả tiền, và nghĩ bạn chê bạn ấy ngốc. Tối hôm sau bạn ấy nhắn: "Họ đòi mình { $deposit } baht. Mình đã từ chối." Hai bạn cùng báo cáo tài khoản đó, và báo cáo của hai bạn nằm cùng những báo cáo khác về { $app }.
task-job-end-lost = { $deposit } baht của bạn đã mất. Thật đau, và đó không phải lỗi của bạn: công việc được dựng lên để có vẻ an toàn trước khi đòi tiền. Bạn đã dừng trước khi khoản mất lớn thêm, và báo cáo của bạn, với tin nhắn và tài khoản, giúp cảnh sát liên kết các vụ việc. Gọi ngay cho ngân hàng để hỏi về khoản đã chuyển.
task-job-end-scammed = Sau { $big } baht, một "tổ hợp" mới xuất hiện, rồi một khoản "thuế" để rút tiền. Người hướng dẫn không trả lời nữa. Mọi khoản bạn trả đã mất, và một phần là tiền đi vay. Đó không phải lỗi của bạn: kiểu lừa đảo này được dựng lên để có vẻ an toàn ở mọi bước. Hãy gọi ngân hàng ngay và báo cáo kèm mọi tin nhắn và tài khoản. Người gõ phím dưới tên { $mentor } có thể là ai đó bị ép làm việc này trong một khu lừa đảo.
task-job-end-hold = Tài khoản của bạn được giải tỏa sau năm tuần, mà tiền đặt cọc khóa học phải nộp trong ba tuần. Bạn sẽ bắt đầu học muộn một học kỳ. Bạn đã kiểm tra, chưa bao giờ nạp tiền, và đã dừng lại: đây không phải lỗi của bạn. Đó là lý do của quy tắc: đừng nhận tiền từ một công việc bạn không kiểm tra được, và báo cáo sớm, kèm tin nhắn của bạn.

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = Việc làm từ một video hay một tin nhắn
    .explain = TikTok, Facebook, LINE và Telegram là nơi mọi người vẫn tìm thêm thu nhập, và một bài đăng nhiều bình luận vui vẻ trông đáng tin. Việc làm nhiệm vụ lan truyền ở đó vì không ai kiểm tra.
    .advice = Tìm việc bán thời gian ở nơi người chủ có tên và địa chỉ bạn kiểm tra được: bảng tin việc làm của nhà nước, một cửa hàng bạn đến được, một công ty bạn gọi bằng số tự tìm.
task-job-redflag-friend-vouches = Một người bạn đã được trả tiền
    .explain = Một người bạn thật sự được trả tiền là bằng chứng mạnh, nên việc làm nhiệm vụ trả các lượt đầu và thưởng khi mời bạn. Bạn của bạn không nói dối: bạn ấy chỉ chưa đến bước họ đòi tiền.
    .advice = Hỏi bạn mình một câu: họ có bao giờ bảo cậu nạp tiền vào không? Rồi tự kiểm tra công việc, và kể cho bạn ấy điều bạn thấy.
task-job-redflag-no-company-details = Không có công ty nào để kiểm tra
    .explain = Một người hướng dẫn chỉ có tên gọi, một ứng dụng và một cuộc trò chuyện không cho bạn gì để tra cứu và không ai chịu trách nhiệm. Người ta lấp chỗ trống bằng hy vọng.
    .advice = Hỏi tên đăng ký và địa chỉ của người chủ, rồi tự kiểm tra. Một công việc không kiểm tra được thì không đáng để bạn đưa thông tin.
task-job-redflag-pay-too-good = Tiền dễ vì bấm
    .explain = Lương tốt cho mười phút thả tim thật khó từ chối khi bạn đang để dành. Lượt thích và đánh giá mua từ người lạ không phải việc thật; tiền dễ chính là mồi nhử.
    .advice = So với lương của việc bán thời gian thật gần nhà. Nếu một việc trả nhiều hơn hẳn mà không cần kỹ năng, hãy tìm hiểu ai trả, và vì sao, trước khi đưa bất kỳ thông tin nào.
task-job-redflag-polish-not-proof = Tên thật không phải bằng chứng
    .explain = Lừa đảo việc làm nhiệm vụ mượn tên các công ty và công ty tuyển dụng có thật, với trang web, số đăng ký, con dấu và cả một khuôn mặt tươi cười trong cuộc gọi. Người cẩn thận cũng bị lừa.
    .advice = Gọi công ty bằng số bạn tự tìm và hỏi công việc có phải của họ không. Hãy nhớ quy tắc vẫn đúng khi mọi phép kiểm tra đều qua: công việc không bao giờ bắt bạn nạp tiền vào.
task-job-redflag-crypto-tip-early-profit = Những khoản trả nhỏ có thật
    .explain = Những khoản trả đầu tiên là thật, nên công việc có vẻ đã được chứng minh. Chúng nhỏ, và được trả để tạo lòng tin trước khi đòi tiền.
    .advice = Vài khoản trả thật không chứng minh gì. Đừng dành thêm thời gian hay thông tin cho một người chủ bạn không kiểm tra được, và hỏi người hiểu về tiền xem công ty thật trả lương thế nào.
task-job-redflag-upfront-fee = Nạp tiền để mở khóa công việc
    .explain = Một "nhiệm vụ trả trước", "nhiệm vụ thương gia" hay "nạp thêm" biến bạn từ người làm thành người trả tiền. Sau nhiều ngày được trả, nó có vẻ là một bước nhỏ, và đồng hồ đếm ngược không cho bạn thời gian suy nghĩ.
    .advice = Đừng bao giờ trả tiền để được trả tiền. Không công việc thật nào bắt bạn nạp tiền, mua tiền mã hóa hay nạp số dư để làm việc. Dừng lại, giữ tin nhắn, và báo cáo tài khoản đó.
task-job-redflag-blocked-withdrawal = Số dư phải trả tiền mới gỡ được
    .explain = Khi ứng dụng hiện số dư "bị đóng băng" hay âm, trả thêm một lần để gỡ nó giống như giữ lại những gì bạn kiếm được. Nhưng số dư không có thật, và mỗi lần trả lại kéo theo một "tổ hợp" hay một khoản phí mới.
    .advice = Đừng trả tiền để gỡ số dư. Ngừng trả, gọi ngay cho ngân hàng về khoản đã gửi, và báo cảnh sát hoặc đường dây báo lừa đảo quốc gia, kèm mọi tin nhắn và số tài khoản.
