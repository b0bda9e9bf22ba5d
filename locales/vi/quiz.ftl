# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), where it appears (.source), and why it is
# genuine or which warning signs it shows (.explain, shown only after the quiz that follows a session).
# Ids follow scenarios/quiz.toml. Names, companies, numbers and codes are made up.

## Adverts

quiz-ad-electrician-nz = Công ty Tui Build Ltd ở Auckland, New Zealand, đang tuyển thợ điện có chứng chỉ hành nghề, từ 3 năm kinh nghiệm trở lên: NZ$34-38 một giờ, 40 giờ một tuần. Chúng tôi được cấp phép tuyển lao động bằng visa lao động, và bạn sẽ được phỏng vấn qua video với quản lý công trường của chúng tôi. Bạn tự trả tiền vé máy bay; chúng tôi giúp bạn tìm phòng ở.
    .source = Tin tuyển dụng trên một trang việc làm
    .explain = Lương cao, nhưng là bình thường cho một nghề cần tay nghề ở nước đó, và công việc đòi hỏi kinh nghiệm. Tin ghi rõ tên chủ lao động, có phỏng vấn thật và visa lao động, và không hứa lo hết mọi chi phí.

quiz-ad-factory-taiwan = Cần tuyển 40 công nhân vận hành máy cho Hsinmei Electronics ở Đào Viên (Taoyuan), Đài Loan. NT$31.000 một tháng, hợp đồng 2 năm, visa lao động, không thu phí môi giới. Số giấy phép DMW của chúng tôi là 087-LB-031525-R: vui lòng tự kiểm tra trên trang web của DMW trước khi ứng tuyển.
    .source = Bài đăng Facebook của một công ty môi giới
    .explain = Có tên chủ lao động, mức lương nhà máy bình thường, visa lao động, và một số giấy phép mà bạn được đề nghị tự kiểm tra. Nhiều công ty môi giới thật cũng đăng tin trên Facebook; điều quan trọng là công ty đó có giấy phép, nên kiểm tra giấy phép vẫn là bước đúng.

quiz-ad-hotel-chiangmai = Cần tuyển nhân viên lễ tân tại khách sạn Baan Saeng, số 42 Soi 9, Chiang Mai: ca sáng hoặc ca tối, 13.000 baht một tháng cộng phí dịch vụ. Yêu cầu biết tiếng Thái và tiếng Anh cơ bản. Phỏng vấn trực tiếp từ thứ Hai đến thứ Sáu, 10:00-16:00, tại quầy lễ tân; nhớ mang theo căn cước.
    .source = Bài đăng Facebook của một khách sạn
    .explain = Tin đăng trên Facebook, nhưng đây là việc làm tại địa phương, ở một khách sạn có tên và địa chỉ, công việc rõ ràng và lương bình thường ở địa phương. Bạn có thể đến tận nơi, xem chỗ làm và gặp mọi người trước khi đồng ý bất cứ điều gì.

quiz-ad-cousin-dubai = Ê, sếp của bạn anh ở Dubai cần 4 người làm hỗ trợ IT cho khách sạn, không cần kinh nghiệm, lo hết mọi chi phí. Anh quen ông ấy, đàng hoàng lắm, bạn anh làm ở đó được một năm rồi. Anh cho ông ấy số của em nha? Ông ấy cần trả lời trước thứ Sáu.
    .source = Tin nhắn từ anh họ của bạn
    .explain = Lời mời từ người mình tin có cảm giác an toàn, và có thể anh họ bạn cũng tin thật. Nhưng một công việc "IT khách sạn" mơ hồ, không cần kinh nghiệm, lo hết mọi chi phí và không có tên chủ lao động, vẫn mang những dấu hiệu cảnh báo đó, dù ai là người chuyển lời.

quiz-ad-marketing-tiktok = Chúng tôi đang phát triển! Hãy gia nhập đội ngũ quốc tế của chúng tôi tại Bangkok ở vị trí Chuyên viên Marketing Kỹ thuật số: 40.000 baht một tháng cộng thưởng, đào tạo đầy đủ, không cần kinh nghiệm. Có visa, vé máy bay và căn hộ ở chung; ứng tuyển qua đường link trong phần giới thiệu.
    .source = Tin tuyển dụng trên TikTok
    .explain = Trông chuyên nghiệp, nhưng không có tên công ty, không có địa chỉ và không có mô tả công việc thật, chỉ có "marketing kỹ thuật số" và được lo hết mọi thứ. Những tin tuyển dụng như thế này trên mạng xã hội là con đường phổ biến dẫn vào các khu lừa đảo.

quiz-ad-typing-cambodia = TUYỂN GẤP!! Việc đánh máy / chăm sóc khách hàng ở Campuchia: $1.200-1.500 một tháng, không cần kinh nghiệm, chỉ cần tiếng Anh cơ bản. Miễn phí vé máy bay, ăn, ở và visa! Số lượng có hạn, nhắn tin ngay.
    .source = Tin tuyển dụng trên Facebook
    .explain = Lương cao hơn rất nhiều so với mức thông thường cho công việc không cần kinh nghiệm, công việc mơ hồ, và được lo hết mọi thứ. Cũng không có tên công ty hay địa chỉ nào để bạn kiểm tra.

## Recruiter messages

quiz-rec-careworker-japan = Chào em, chị là Lan bên Công ty Tuyển dụng Minh An, số 15 đường Trần Phú. Hồ sơ của em cho vị trí điều dưỡng chăm sóc ở Osaka đã qua vòng đầu. Em vui lòng đến văn phòng, mang theo bản sao hộ chiếu để làm bài kiểm tra tiếng Nhật. Em cứ từ từ suy nghĩ: có 6 tháng đào tạo rồi mới xuất cảnh.
    .source = Tin nhắn từ một công ty môi giới
    .explain = Tin nhắn cho một văn phòng thật bạn có thể đến, quy trình rõ ràng và thời gian để quyết định, và chỉ xin bản sao hộ chiếu, không bao giờ xin hộ chiếu thật. Bạn có thể kiểm tra giấy phép của công ty với Cục Quản lý lao động ngoài nước (thuộc Bộ Nội vụ từ tháng 3/2025) trước khi đi.

quiz-rec-contract-riyadh = Chúc mừng bạn đã vượt qua buổi phỏng vấn với Trung tâm Y tế Wadi Sahra. Hợp đồng của bạn được gửi kèm: y tá, Riyadh, SAR 7.500 một tháng, 2 năm. Vui lòng đọc kỹ cùng gia đình và kiểm tra đơn hàng với DMW trước khi ký. Không thu phí môi giới.
    .source = Email từ một công ty môi giới
    .explain = Hợp đồng bằng văn bản ghi rõ công việc, nơi làm việc và mức lương, có thời gian để suy nghĩ, và còn đề nghị bạn kiểm tra với cơ quan nhà nước. Người tuyển dụng bảo bạn đi kiểm tra là người không có gì phải giấu.

quiz-rec-developer-kl = Chào bạn, mình thấy CV của bạn trên trang này. Meranti Software ở Kuala Lumpur đang tuyển lập trình viên Java, MYR 9.000-11.000 một tháng. Mình gửi kèm bản mô tả công việc và trang web của công ty. Bước tiếp theo: hai vòng phỏng vấn video với đội kỹ thuật, sau đó là thư mời làm việc bằng văn bản và giấy phép lao động (employment pass).
    .source = Tin nhắn trên một trang việc làm
    .explain = Tin nhắn đến khi bạn chưa hỏi và lương cao, nhưng đó là mức lương bình thường cho một công việc cần tay nghề, phù hợp với CV của bạn. Tin ghi rõ tên công ty, gửi mô tả công việc, và có phỏng vấn thật, thư mời bằng văn bản và giấy phép lao động đàng hoàng.

quiz-rec-fee-dubai = Chị ơi, việc làm kho ở Dubai chỉ còn 3 suất thôi! Chị chuyển phí làm hồ sơ 65.000 peso (PHP) trong hôm nay để giữ suất nha. Hợp đồng sẽ đưa chị khi chị sang tới nơi. Chị đừng lo, nhiều người bên em sang đó rồi, ai cũng vui lắm.
    .source = Tin nhắn WhatsApp của một người tuyển dụng
    .explain = Thu phí khi bạn chưa có việc, ép trả ngay trong ngày, và không có hợp đồng cho đến khi sang tới nơi. Không có hợp đồng bằng văn bản thì bạn không có gì để buộc người tuyển dụng phải giữ lời.

quiz-rec-location-maesot = Tin vui nè, em qua bài kiểm tra đánh máy rồi! Có một thay đổi nhỏ: văn phòng Bangkok hết chỗ, nên em sẽ làm ở chi nhánh gần Mae Sot. Lương vẫn vậy. Tài xế bên chị sẽ đón em ở sân bay và đưa em qua sông đến văn phòng.
    .source = Tin nhắn Telegram của một người tuyển dụng
    .explain = Bài kiểm tra đánh máy không phải là buổi phỏng vấn thật, và nơi làm việc đã thay đổi sau khi bạn nhận lời. Bên kia sông, đối diện Mae Sot, là Myanmar: bị chở qua biên giới mà không qua cửa xuất nhập cảnh là cách nhiều người bị đưa vào các khu lừa đảo.

quiz-rec-polished-visa = Kính gửi ứng viên, cảm ơn bạn đã hoàn thành bài đánh giá của chúng tôi. Velmora Global Services Ltd (Số ĐK 2019/448213) trân trọng mời bạn đảm nhận vị trí Chuyên viên Quan hệ Khách hàng. Để xử lý hồ sơ nhanh hơn, bạn sẽ nhập cảnh bằng visa du lịch; chúng tôi sẽ đổi sang giấy phép lao động sau khi bạn đến nơi.
    .source = Email từ một người tuyển dụng
    .explain = Câu chữ chuẩn mực và một số đăng ký rất dễ làm giả. Việc làm thật ở nước ngoài đi kèm visa lao động trước khi bạn lên đường; làm việc bằng visa du lịch khiến bạn không có tư cách pháp lý và không được bảo vệ.

## Messages from strangers

quiz-msg-dating-meet = Tuần này nói chuyện với bạn vui thật đó! Chiều thứ Bảy mình đi uống cà phê nhé, ở quán cạnh thư viện? Hoặc gọi video một chút trước, nếu bạn thích. Không vội đâu, sao cũng được.
    .source = Tin nhắn trên ứng dụng hẹn hò
    .explain = Người đề nghị gặp ở nơi công cộng, cho bạn thời gian và không đòi gì là đang làm điều kẻ lừa đảo tình cảm né tránh. Gọi video có ích, dù video có thể bị làm giả; điều quan trọng nhất là không bao giờ có chuyện tiền hay lời mách nước đầu tư. Vẫn nên cho một người bạn biết bạn đi đâu.

quiz-msg-wallet-found = Chào bạn, bạn có làm rơi ví không? Tôi nhặt được một chiếc ví ở bến xe buýt trung tâm, trong có danh thiếp của bạn, và đã gửi lại ở phòng trực của bến, quầy số 2. Bạn mang giấy tờ tùy thân đến đó nhận lại; không cần trả lời tin này.
    .source = Tin nhắn từ một số lạ
    .explain = Số điện thoại lạ, nhưng tin nhắn không đòi gì cả: không tiền, không đường link, không cần nhắn qua lại. Nó chỉ bạn đến một văn phòng công cộng, nơi bạn tự xuất trình giấy tờ của mình.

quiz-msg-wrong-number-sorry =
    Chào Dara, tối nay vẫn ăn lúc 7 giờ chứ?
    (Bạn trả lời: "Xin lỗi, nhầm số rồi.")
    Ôi chết, xin lỗi nhé! Chắc mình lưu nhầm số. Chúc bạn buổi tối vui vẻ.
    .source = Tin nhắn từ một số lạ
    .explain = Nhầm số thật vẫn xảy ra. Người này xin lỗi, dừng lại và không đòi gì cả; dấu hiệu cảnh báo là khi một người lạ vẫn tiếp tục trò chuyện sau khi bạn nói là nhầm số.

quiz-msg-dating-telegram = Chưa bao giờ mình thấy gần gũi với ai nhanh như vậy. Bạn là tất cả những gì mình tìm kiếm. Ứng dụng này cứ tự đăng xuất mình hoài, mình nói chuyện qua Telegram được không? Camera của mình bị hỏng, nhưng khi nào rời tàu về mình sẽ gọi cho bạn đàng hoàng.
    .source = Tin nhắn trên ứng dụng hẹn hò
    .explain = Tình cảm mãnh liệt rất nhanh, vội chuyển sang ứng dụng khác, và viện cớ để không gọi video. Gộp lại, đây là những dấu hiệu điển hình của lừa đảo tình cảm, mà về sau thường chuyển sang chuyện "đầu tư".

quiz-msg-social-nurse = Chào bạn, mình thấy bình luận của bạn trong nhóm du lịch và muốn chào một tiếng, trông bạn thật tốt bụng! Mình là y tá ở Toronto. Mình ít dùng Facebook lắm, mình nói chuyện qua WhatsApp được không? Chú mình dạy mình giao dịch vàng, và nó đã thay đổi cuộc đời mình.
    .source = Tin nhắn Facebook của một người lạ
    .explain = Một người lạ khen ngợi bạn, muốn chuyển ngay sang ứng dụng nhắn tin riêng, và sớm nhắc đến chuyện giao dịch thành công. Đây là những bước đầu của những vụ lừa đảo pha trộn tình bạn và đầu tư.

quiz-msg-wrong-number-chatty =
    Xin chào, có phải anh Chen không ạ? Em gọi để xác nhận lịch đánh golf vào Chủ nhật.
    (Bạn trả lời: "Xin lỗi, nhầm số rồi.")
    Ôi, xin lỗi nhé, bạn lịch sự quá! Mình là Linda, mình có một công ty nhỏ nhập khẩu rượu vang ở Singapore. Cho mình hỏi bạn ở đâu vậy?
    .source = Một số lạ trên WhatsApp
    .explain = Mở đầu như một lần nhầm số thật, nhưng sau khi bạn nói là nhầm số, người đó vẫn tiếp tục trò chuyện, khen bạn và hỏi về cuộc sống của bạn. Nhiều vụ lừa đảo tình cảm và đầu tư bắt đầu đúng như thế này.

## Investment and money

quiz-inv-bank-card = Thông báo từ ngân hàng: chúng tôi đã chặn một giao dịch thẻ 38.500 rupee tại một cửa hàng trực tuyến. Nếu không phải bạn thực hiện, vui lòng gọi số điện thoại ở mặt sau thẻ của bạn. Chúng tôi không bao giờ hỏi mã PIN, mật khẩu hay mã OTP của bạn.
    .source = Tin nhắn từ ngân hàng của bạn
    .explain = Tin không có đường link và không có số để gọi: nó bảo bạn gọi số in trên chính thẻ của bạn, số mà bạn biết là thật. Những thông báo kèm đường link hoặc hỏi mã mới là những thông báo cần nghi ngờ.

quiz-inv-bond-friend = Cuối cùng mình cũng mua trái phiếu tiết kiệm ở bưu điện: 7% một năm, cố định 5 năm. Không hấp dẫn lắm, nhưng an toàn. Đừng bỏ vào số tiền mà bạn có thể sắp cần, và bạn cứ tự ra quầy hỏi, họ giải thích kỹ lắm.
    .source = Tin nhắn từ một người bạn
    .explain = Một người bạn mà bạn quen biết, lãi suất cố định vừa phải từ một cơ quan nhà nước, không cần cài ứng dụng và không ép buộc: họ còn bảo bạn tự ra quầy hỏi. Mẹo lừa đảo thì hứa lợi nhuận lớn, nhanh trên một nền tảng chỉ họ biết.

quiz-inv-fraud-refund = Về khiếu nại gian lận bạn đã báo ngày 3 tháng 3 (mã FR-20419): khiếu nại đã được chấp thuận. 12.500 baht sẽ được hoàn vào tài khoản của bạn trong vòng 10 ngày làm việc. Bạn không cần trả bất kỳ khoản nào hay cung cấp mã nào. Nếu có thắc mắc, hãy đến bất kỳ chi nhánh nào.
    .source = Email từ ngân hàng của bạn
    .explain = Email nói về một khiếu nại chính bạn đã gửi cho ngân hàng của mình, và không đòi gì cả: không phí, không mã, không đường link. Lừa đảo "lấy lại tiền" thì tự liên lạc với bạn dù bạn không yêu cầu, và đòi phí trước.

quiz-inv-crypto-tip = Chú mình làm ở một sàn giao dịch và chia sẻ mẹo cho người trong nhà. Tuần này mình lời được $2.300! Cứ bắt đầu ít thôi, $300 cũng được. Ngay hôm sau bạn đã rút được khoản lời đầu tiên, để bạn thấy là thật.
    .source = Một người bạn mới trên WhatsApp
    .explain = Mẹo từ một người quen trên mạng, lợi nhuận lớn, và một lần rút tiền nhỏ ban đầu "để bạn thấy là thật". Kẻ lừa đảo để bạn rút ra một ít để tạo lòng tin, trước khi bạn bỏ vào nhiều hơn nữa.

quiz-inv-withdrawal-tax = Lệnh rút 48.300 USDT của bạn đang được xử lý. Theo quy định quốc tế về phòng chống rửa tiền, bạn phải nộp thuế thu nhập cá nhân 15% (7.245 USDT) trước khi tiền được giải ngân. Vui lòng nạp tiền trong vòng 72 giờ để tránh bị đóng băng tài khoản.
    .source = Thông báo từ một ứng dụng giao dịch
    .explain = Nền tảng thật sẽ trừ mọi khoản phí vào số dư của bạn; họ không giữ tiền của bạn cho đến khi bạn gửi thêm. Nộp khoản "thuế" này thường dẫn đến một khoản phí khác, và tiền không bao giờ được giải ngân.

quiz-inv-recovery-firm = Chúng tôi là công ty thu hồi tiền được cấp phép, làm việc cùng FBI và các cơ quan quản lý quốc tế. Điều tra viên của chúng tôi đã lần ra $31.000 từ khoản đầu tư bị mất của bạn. Để mở hồ sơ, bạn cần nộp khoản phí 1.500 USDT, sẽ được hoàn lại. Mã hồ sơ RC-88412.
    .source = Email của một công ty thu hồi tiền
    .explain = Email tự gửi đến khi bạn không yêu cầu, tự nhận có liên hệ với FBI và các cơ quan quản lý, và đòi phí trước bằng tiền ảo. Cảnh sát và cơ quan quản lý không thu phí để lấy lại tiền cho bạn; đây là vụ lừa thứ hai nhắm vào những người đã mất tiền.
