# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Công việc mơ ước
dream-job-summary = Bạn vừa học xong và đang cần việc làm. Rồi một công việc ở nước ngoài xuất hiện, như thể dành riêng cho bạn.
dream-job-content-note = Câu chuyện này có nhắc đến nạn mua bán người. Không có cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

dream-job-character-advert = Việc làm nước ngoài - Đang tuyển gấp
dream-job-character-recruiter = { $recruiter }, phòng Nhân sự, { $company }
dream-job-character-officer = Cán bộ xuất nhập cảnh
dream-job-character-hotline = Đường dây nóng của cơ quan quản lý lao động ngoài nước
dream-job-character-licensed = Công ty môi giới có giấy phép

## Variables

dream-job-you-joy-cebu = Joy, đến từ Cebu, Philippines
dream-job-you-mark-davao = Mark, đến từ Davao, Philippines
dream-job-you-rina-medan = Rina, đến từ Medan, Indonesia
dream-job-you-agus-semarang = Agus, đến từ Semarang, Indonesia
dream-job-you-arjun-kochi = Arjun, đến từ Kochi, Ấn Độ
dream-job-you-priya-lucknow = Priya, đến từ Lucknow, Ấn Độ
dream-job-you-brian-kisumu = Brian, đến từ Kisumu, Kenya
dream-job-you-wanjiru-nakuru = Wanjiru, đến từ Nakuru, Kenya

dream-job-city-bangkok = Bangkok
dream-job-city-phnom-penh = Phnôm Pênh

dream-job-company-golden-bay = Golden Bay Tech
dream-job-company-asialink = AsiaLink Digital
dream-job-company-starlight = Starlight Global Services

dream-job-recruiter-lisa = Lisa
dream-job-recruiter-kevin = Kevin
dream-job-recruiter-amy = Amy
dream-job-recruiter-jason = Jason

dream-job-real-job-hotel-dubai = nhân viên dịch vụ khách hàng ở một khách sạn tại Dubai
dream-job-real-job-helpdesk-singapore = nhân viên hỗ trợ IT ở một công ty vận tải biển tại Singapore
dream-job-real-job-support-kuala-lumpur = nhân viên chăm sóc khách hàng ở tổng đài của một ngân hàng tại Kuala Lumpur

## The advert

dream-job-start = Bạn là { $you }. Bạn tốt nghiệp đại học ba tháng trước. Từ đó đến nay, bạn đã gửi bốn mươi lá đơn xin việc IT và chăm sóc khách hàng, nhưng chưa ai gọi lại. Tối nay, một người bạn cùng lớp đại học gửi cho bạn một bài đăng: "Xem nè!! Mình cùng nộp đơn đi!"
    .discuss = Khi thật sự cần việc làm, điều gì khiến một tin tuyển dụng có vẻ đúng là dành cho mình?

dream-job-ad = TUYỂN GẤP! Nhân viên Chăm sóc khách hàng / Hỗ trợ IT / Hành chính làm việc tại { $city }. Lương ${ $salary } một tháng. Không cần kinh nghiệm! MIỄN PHÍ vé máy bay, chỗ ở, ăn uống và visa. Chỉ cần giỏi tiếng Anh và đánh máy nhanh. Sắp hết chỗ. Nhắn tin cho chúng tôi qua Telegram ngay hôm nay!
    .discuss = Tin tuyển dụng này cho bạn biết điều gì, và bỏ qua điều gì?
dream-job-ad-apply-now = Nhắn tin ngay. Đây là cơ hội bạn đã chờ đợi.
    .feedback = Mức lương cao hơn rất nhiều so với lương của người mới tốt nghiệp ở trong nước, cho một công việc không cần kinh nghiệm. "Lo hết mọi chi phí" nghe thật hào phóng, nhưng về sau có thể quay lại thành một khoản nợ. Những mồi nhử này hiệu quả với bất kỳ ai đang cần việc, và đó là lý do chúng được dùng.
dream-job-ad-read-again = Đọc lại thật chậm. Ai lại trả lương cao như vậy, lại lo hết mọi thứ, cho một người chưa có kinh nghiệm?
    .feedback = Câu hỏi hay. Lương gấp nhiều lần mặt bằng trong nước mà không cần kinh nghiệm, lại thêm vé máy bay, chỗ ở và visa miễn phí, là mồi nhử quen thuộc. Chủ lao động thật trả lương hợp lý, không phải như trong mơ.

dream-job-ad-closer = Bạn đọc lại. Không có tên công ty, không có địa chỉ. Công việc là "chăm sóc khách hàng / hỗ trợ IT / hành chính", nghĩa là việc gì cũng được. Trang này mới lập từ tháng trước. Dưới bài đăng, hai trăm người đã bình luận "Quan tâm" và "Đã nộp".
    .discuss = Chi tiết nào trong số này bạn thật sự có thể kiểm tra?
dream-job-ad-closer-apply-anyway = Nhiều việc làm thật cũng được đăng trên Facebook. Cứ nhắn tin.
    .feedback = Có những việc làm thật được chia sẻ trên mạng. Nhưng một công việc ở nước ngoài, trên một trang mới lập, không có công ty nào đứng sau, là cách kẻ buôn người tiếp cận nhiều người cùng lúc. Công ty môi giới có giấy phép đăng việc làm ở những nơi bạn kiểm tra được.
dream-job-ad-closer-ask-details = Bình luận dưới bài đăng: "Công ty tên gì, địa chỉ ở đâu, và cụ thể là làm việc gì?"
    .feedback = Bạn đã hỏi những điều cơ bản: chủ lao động là ai, ở đâu, và làm việc gì. Một công việc mơ hồ, không có tên công ty, thì bạn chẳng có gì để kiểm tra. Hãy để ý cách họ trả lời.
dream-job-ad-closer-check-agency = Trước khi trả lời, kiểm tra với cơ quan quản lý lao động ngoài nước của nước bạn
    .feedback = Bước đầu tiên tốt nhất. Nước nào cũng có một cơ quan như vậy: ở Việt Nam là Cục Quản lý lao động ngoài nước (thuộc Bộ Nội vụ từ tháng 3/2025); ở Philippines là DMW, ở Indonesia là bộ KP2MI (trước đây là BP2MI), ở Kenya là Cơ quan Việc làm Quốc gia. Một công việc thật ở nước ngoài phải qua các cơ quan này hoặc một công ty có giấy phép, không phải một trang Facebook.

## The recruiter on Telegram

dream-job-recruiter-hello-hi = Chào em! Cảm ơn em đã quan tâm :) Mình là { $recruiter } bên phòng Nhân sự.
dream-job-recruiter-hello-role = Công việc là chăm sóc khách hàng quốc tế. Dễ lắm, bên mình đào tạo hết.
dream-job-recruiter-hello-direct = Bên mình tuyển trực tiếp, không qua công ty môi giới. Môi giới chỉ lấy tiền của em thôi. Mình làm hết mọi thứ ngay đây trên Telegram, nhanh hơn cho em.
dream-job-recruiter-hello-typing = Tiếng Anh của em tốt không? Em đánh máy nhanh cỡ nào?
dream-job-recruiter-hello-say-yes = "Dạ có! Tiếng Anh của em tốt và em đánh máy nhanh. Khi nào em bắt đầu được ạ?"
    .feedback = "Chăm sóc khách hàng quốc tế" vẫn không nói gì về chủ lao động hay công việc thật sự. Còn "không qua môi giới, làm hết trên Telegram" nghĩa là không có công ty môi giới có giấy phép và không có hồ sơ nào. Nghe như được giúp đỡ, nhưng thật ra nó lấy mất sự bảo vệ của bạn.
dream-job-recruiter-hello-ask-company = "Công ty tên gì, văn phòng ở đâu ạ? Bên mình gửi em bản mô tả công việc được không?"
    .feedback = Những câu hỏi hợp lý. Chủ lao động thật trả lời được hết trong một tin nhắn. Không có tên công ty, địa chỉ và bản mô tả công việc bằng văn bản thì bạn không có gì để kiểm tra.

dream-job-vague-answer-good-question = Em hỏi hay lắm :)
dream-job-vague-answer-new-branch = Bên mình là { $company }, chi nhánh mới ở { $city }. Trang web sắp ra mắt.
dream-job-vague-answer-after = Địa chỉ đầy đủ và chi tiết công việc thì khi nào em qua phỏng vấn mình mới gửi. Quy định công ty, vì lý do bảo mật.
dream-job-vague-answer-busy = Hôm nay nhiều người ứng tuyển lắm. Mình phỏng vấn luôn bây giờ nha?
dream-job-vague-answer-go-on = "Dạ được, mình phỏng vấn luôn ạ."
    .feedback = Một cái tên và "trang web sắp ra mắt" vẫn chưa phải là một công ty bạn kiểm tra được. "Chi tiết sau khi phỏng vấn, vì bảo mật" là đảo ngược mọi thứ: chủ lao động thật đưa chi tiết cho bạn trước, để bạn quyết định.
dream-job-vague-answer-check-agency = "Trước tiên em sẽ kiểm tra công ty với cơ quan quản lý lao động ngoài nước của nước em."
    .feedback = Một công việc ở nước ngoài chỉ trao đổi qua ứng dụng nhắn tin, không qua công ty môi giới có giấy phép, thì bạn không được pháp luật bảo vệ chút nào. Kiểm tra chỉ mất một ngày. Chủ lao động thật có thể đợi.
dream-job-vague-answer-leave = Viết "Dạ thôi, cảm ơn," rồi không trả lời nữa
    .feedback = Bạn có quyền từ chối một lời mời mà bạn không kiểm tra được. Bạn không nợ ai một lời giải thích.

## The "interview"

dream-job-interview-here = Phỏng vấn ngay ở đây trong đoạn chat nha. Nhanh và dễ thôi.
    .discuss = "Buổi phỏng vấn" này kiểm tra điều gì, và không hề hỏi về điều gì? Loại công việc nào lại cần những câu trong bài kiểm tra đánh máy?
dream-job-interview-why = Câu 1: Vì sao em muốn làm việc ở nước ngoài?
dream-job-interview-night = Câu 2: Em làm ca đêm và làm nhiều giờ được không?
dream-job-interview-test = Cuối cùng: kiểm tra đánh máy. Chép lại đoạn này và gửi lại trong 2 phút. Bên mình cần { $wpm } từ một phút. "Chào cưng, hôm nay của cưng thế nào? Anh cứ nghĩ về cưng mãi..."
    .discuss = Hãy nhìn những câu trong bài kiểm tra đánh máy. Loại công việc nào lại cần đến chúng?
dream-job-interview-do-test = Làm bài kiểm tra. Bạn đánh máy thật nhanh rồi gửi lại.
    .feedback = Vài câu hỏi qua tin nhắn và một bài kiểm tra đánh máy không phải là cách chủ lao động thật tuyển người. Chúng chỉ cho thấy bạn đánh máy tiếng Anh nhanh, đúng thứ mà khu lừa đảo cần. Bạn có để ý những câu họ bắt bạn gõ không?
dream-job-interview-ask-video = "Em có thể phỏng vấn qua video với người quản lý tương lai của em không ạ?"
    .feedback = Chủ lao động thật muốn gặp mặt bạn, và để bạn thấy họ. "Phỏng vấn" qua tin nhắn giấu kín chủ lao động và chỉ kiểm tra tốc độ đánh máy của bạn, đúng kỹ năng mà khu lừa đảo tìm kiếm. Gọi video có ích, nhưng có thể bị làm giả, nên hãy kiểm tra thêm chủ lao động qua các kênh chính thức.

dream-job-video-excuse-busy = Quản lý bận lắm em ơi.
dream-job-video-excuse-policy = Phỏng vấn qua tin nhắn là chính sách của công ty. Nhân viên bên mình ai cũng được tuyển như vậy.
dream-job-video-excuse-slot = Nếu em không nghiêm túc thì mình nhường chỗ cho người tiếp theo. Nhiều người đang chờ lắm.
dream-job-video-excuse-give-in = "Em xin lỗi! Em nghiêm túc mà. Em làm bài kiểm tra ngay ạ."
    .feedback = Câu "nhiều người đang chờ" là để bạn không kịp suy nghĩ. Nó hiệu quả vì bạn thật sự cần việc này và sợ mất nó. Bị ép quyết định nhanh là một dấu hiệu cảnh báo: một lời mời thật có thể đợi bạn kiểm tra.
dream-job-video-excuse-refuse-rush = "Em không vội được. Em sẽ kiểm tra công việc này trước."
    .feedback = Bạn đã nhận ra sự ép buộc. Hối thúc bạn quyết định nhanh, và coi việc đặt câu hỏi là không nhiệt tình, là một dấu hiệu cảnh báo. Chủ lao động thật có thể đợi một ngày.

dream-job-passed-congrats = Chúc mừng em!! Em đậu rồi!
    .discuss = Vì sao chỉ cho vài tiếng để quyết định? Chủ lao động thật sẽ gửi gì cho bạn trước khi yêu cầu bất cứ điều gì?
dream-job-passed-offer = Lương ${ $salary } một tháng. Miễn phí vé máy bay, phòng ở và ăn uống. Tuần sau em bắt đầu làm ở { $city }.
dream-job-passed-passport = Hôm nay em gửi ảnh chụp hộ chiếu nha, để mình đặt vé cho em.
dream-job-passed-deadline = Lời mời này chỉ có hiệu lực trong { $hours } giờ. Sau đó, chỗ này sẽ dành cho người tiếp theo.
dream-job-passed-send-passport = Gửi ảnh. Chỉ là một tấm ảnh thôi, mà đặt vé thì cần.
    .feedback = Vẫn chưa có hợp đồng, chưa có chủ lao động nào bạn kiểm tra được, và chỉ có { $hours } giờ để quyết định. Hạn chót đặt ra là để chặn các câu hỏi của bạn. Một công việc thật sẽ đưa bạn hợp đồng bằng văn bản có ghi mức lương trước khi bạn gửi bất cứ thứ gì.
dream-job-passed-ask-contract = "Bên mình gửi em hợp đồng bằng văn bản trước nhé, có ghi lương và tên chủ lao động."
    .feedback = Đúng vậy. Hợp đồng bằng văn bản ghi rõ chủ lao động, công việc, nơi làm việc và mức lương là điều tối thiểu. Hạn chót gấp mà không có hợp đồng là một dấu hiệu cảnh báo.

dream-job-contract-dodge-arrive = Hợp đồng thì em ký ở văn phòng khi đến nơi. Chuyện bình thường mà.
dream-job-contract-dodge-same = Mọi thứ đúng như mình đã nói với em. Em tin mình mà, đúng không?
dream-job-contract-dodge-questions = Mấy bạn ứng tuyển khác đâu có hỏi nhiều như vậy.
dream-job-contract-dodge-trust = "Dạ được, em tin ạ." Gửi ảnh hộ chiếu.
    .feedback = "Ký khi đến nơi" nghĩa là ký ở nơi xa nhà, khi bạn không còn từ chối được nữa. Làm cho việc đặt câu hỏi có vẻ bất lịch sự là một cách để chặn câu hỏi. Cách này hiệu quả với người lịch sự, mà hầu hết chúng ta đều lịch sự.
dream-job-contract-dodge-check-agency = "Vậy thì em sẽ hỏi cơ quan quản lý lao động ngoài nước về công việc này trước."
    .feedback = Một công việc ở nước ngoài chỉ trao đổi qua ứng dụng nhắn tin, không có hợp đồng và không có công ty môi giới có giấy phép, là nằm ngoài hệ thống bảo vệ người lao động. Cơ quan đó có thể nhanh chóng cho bạn biết công việc có thật hay không.

## Getting ready to travel

dream-job-visa-ticket = Tin vui nè! Chuyến bay của em đi { $city } vào thứ Sáu.
dream-job-visa-tourist = Em đi bằng visa du lịch. Visa lao động mất mấy tháng lận, sau này bên mình đổi ở văn phòng.
dream-job-visa-later = Ai cũng làm vậy hết. Công ty lo hết mọi thứ, em chỉ cần sang thôi :)
dream-job-visa-ok-visa = "Dạ được. Bên mình rành luật bên đó hơn em."
    .feedback = Visa du lịch không cho phép bạn làm việc. "Sau này đổi" có thể khiến bạn không có quyền làm việc và không được pháp luật bảo vệ ở một nước xa lạ. Người tuyển dụng nói điều đó rất bình thản, nên nghe có vẻ bình thường.
dream-job-visa-check-first = "Đi làm thì phải có visa lao động. Em sẽ kiểm tra với cơ quan quản lý trước khi bay."
    .feedback = Đúng. Đi làm việc thật ở nước ngoài cần có visa lao động trước khi lên đường. Bị bảo đi bằng visa du lịch để đi làm là một dấu hiệu cảnh báo.

dream-job-coaching-important = Còn một chuyện cuối, rất quan trọng.
dream-job-coaching-holiday = Ở chỗ xuất nhập cảnh, em nói là đi du lịch, 5 ngày. Đừng nói đi làm. Đừng nói tên công ty.
dream-job-coaching-strangers = Trên chuyến bay còn có mấy nhân viên mới khác. Ở sân bay đừng nói chuyện với họ. Em không quen họ, hiểu không?
dream-job-coaching-delete = Với lại trước khi ra sân bay nhớ xóa đoạn chat này. Quy định công ty.
dream-job-coaching-practise = Tập kể chuyện đi du lịch. Chỉ là một lời nói dối nhỏ, cho đỡ mất thời gian.
    .feedback = Bị dặn phải nói gì với cán bộ xuất nhập cảnh, và phải xóa đoạn chat, là một dấu hiệu cảnh báo nghiêm trọng. Lời nói dối đó là để cán bộ không nhận ra rằng bạn cần được giúp.
dream-job-coaching-stop = Dừng lại. Một công việc thật sẽ không bao giờ bắt bạn nói dối cán bộ.
    .feedback = Chính xác. Khi người tuyển dụng bảo bạn nói dối ở sân bay và xóa đoạn chat, đó là vì sự thật sẽ làm chuyến đi bị dừng lại. Hãy giữ đoạn chat: đó là bằng chứng.

dream-job-airport = Ở quầy xuất cảnh, cán bộ xuất nhập cảnh xem hộ chiếu và vé của bạn. "Mục đích chuyến đi của bạn là gì? Ai trả tiền vé cho bạn? Bạn có quen ai khác trên chuyến bay này không?"
    .discuss = Vì sao một người đứng trong hàng này lại có thể nói dối cán bộ, kể cả khi họ đang sợ?
dream-job-airport-holiday-story = "Đi du lịch, năm ngày. Tôi tự trả tiền vé. Tôi đi một mình."
    .feedback = Lời nói dối là kế hoạch của người tuyển dụng, không phải ý của bạn. Nó hiệu quả vì bạn đang hồi hộp và đã bị dặn rằng nói thật sẽ mất việc. Cán bộ hỏi những câu này để tìm ra những người đang bị mua bán.
dream-job-airport-tell-truth = Nói thật: một công việc ở { $city }, visa du lịch, vé do công ty trả, và đoạn chat dặn bạn phải nói gì
    .feedback = Can đảm và đúng đắn. Giờ cán bộ đã thấy được điều người tuyển dụng muốn che giấu. Nói thật không phải là phạm tội: cán bộ xuất nhập cảnh ở đó để bảo vệ những người đang gặp nguy hiểm.

## The agency, and the genuine job

dream-job-agency = Bạn gọi đường dây nóng của cơ quan quản lý lao động ngoài nước, đọc tin tuyển dụng và kể lại mọi điều bạn được nói. Cán bộ kiểm tra. Không có công ty môi giới có giấy phép nào nhận công việc này, và không có chủ lao động nào đăng ký tuyển người như vậy. "Người ta rơi vào khu lừa đảo theo cách này đấy," chị ấy nói. "Bạn gọi là đúng rồi."
    .discuss = Ở một nước như thế này, cơ quan nào kiểm tra việc làm ở nước ngoài? Làm sao để tìm số điện thoại hoặc trang web của cơ quan đó?
dream-job-agency-warn-classmate = Gửi cho người bạn cùng lớp, người cũng đã nộp đơn, những gì cơ quan quản lý đã nói
    .feedback = Bạn của bạn tin bài đăng vì cùng những lý do như bạn. Những sự thật được nói một cách bình tĩnh từ một người bạn, như lời của cơ quan quản lý, giúp ích hơn nỗi sợ hay lời trách móc.
dream-job-agency-real-jobs = Hỏi cán bộ nơi tìm việc IT hoặc chăm sóc khách hàng thật ở nước ngoài
    .feedback = Tốt: mục đích không phải là từ bỏ việc đi làm ở nước ngoài, mà là tìm những công việc bạn kiểm tra được.
dream-job-agency-block = Chặn tài khoản và báo cáo trang đó với Facebook
dream-job-agency-block-report = Chặn tài khoản, báo cáo trang đó, và nói với cán bộ rằng bạn đã gửi ảnh hộ chiếu
    .feedback = Nói ra là đúng. Bản sao hộ chiếu có thể bị lợi dụng, và cơ quan quản lý có thể cho bạn biết cần để ý những gì. Người tuyển dụng đòi ảnh trong lúc hối thúc bạn: không có chuyện gì trong đó là lỗi của bạn.

dream-job-genuine-listing = Công ty môi giới có giấy phép, số giấy phép có trong danh sách của nhà nước. Vị trí: { $real-job }. Có tên chủ lao động, địa chỉ và trang web. Hợp đồng bằng văn bản hai năm.
dream-job-genuine-checks = Phỏng vấn qua video với quản lý của chủ lao động. Visa lao động được làm xong trước khi đi. Chỉ thu các khoản phí pháp luật cho phép, có biên lai chính thức.
dream-job-genuine-pay = Lương: ${ $real-pay } một tháng, có chỗ ở và bảo hiểm y tế. Bắt đầu sau khóa đào tạo trước khi xuất cảnh.
dream-job-genuine-apply = Nộp đơn qua công ty môi giới. Công việc này kiểm tra thấy đâu ra đấy.
    .feedback = Lương thấp hơn tin tuyển dụng trên Facebook, nhưng là thật. Công việc này có những thứ mà công việc kia thiếu: chủ lao động có tên tuổi, công ty môi giới có giấy phép mà bạn kiểm tra được, hợp đồng bằng văn bản, buổi phỏng vấn thật và visa lao động.
dream-job-genuine-verify = Trước khi nộp đơn, tự kiểm tra số giấy phép trên trang web của nhà nước
    .feedback = Một thói quen tốt: kiểm tra trên trang chính thức mà bạn tự tìm, không qua đường link người khác gửi. Ở đây mọi thứ đều khớp. Kiểm tra không phải là nghi ngờ. Đó là cách tìm ra những công việc bạn có thể tin.
dream-job-genuine-refuse = Từ chối. Sau tất cả chuyện này, việc nào ở nước ngoài cũng giống một cái bẫy.
    .feedback = Cảm giác đó là dễ hiểu, và ở lại trong nước luôn là quyền của bạn. Nhưng công việc này có mọi thứ mà lời mời lừa đảo thiếu: công ty môi giới có giấy phép, chủ lao động có tên tuổi, hợp đồng và visa lao động. Mục đích không phải là sợ mọi lời mời, mà là kiểm tra chúng.

## Endings

dream-job-end-walk-away = Bạn đã từ chối và ở lại nhà, ít nhất là lúc này. Bạn tiếp tục tìm việc, và bạn biết cách kiểm tra một công việc ở nước ngoài: công ty môi giới có giấy phép, chủ lao động có tên tuổi, hợp đồng bằng văn bản, visa lao động. Một tuần sau, đúng tin tuyển dụng đó lại xuất hiện, dưới tên một trang mới.
dream-job-end-stopped = Cán bộ mời bạn sang một bên và hỏi những câu bình tĩnh, cẩn thận. Chị ấy đã thấy các dấu hiệu: đi làm bằng visa du lịch, vé do người lạ trả, một câu chuyện bạn bị dặn phải kể. Bạn không bay. Cảm giác như đánh mất một giấc mơ. Nhưng thật ra, chị ấy đã chặn đứng một kế hoạch mua bán bạn, và giúp bạn tố giác người tuyển dụng.
dream-job-end-trafficked = Ở { $city }, một tài xế cầm tấm biển ghi tên bạn lấy hộ chiếu của bạn "để làm giấy phép lao động". Anh ta chở bạn đi nhiều giờ liền, xa thành phố, đến một tòa nhà tường cao có người canh gác. Công việc là lừa đảo người lạ trên mạng. Đây là kế hoạch của bọn tội phạm ngay từ bài đăng đầu tiên. Vẫn có người thoát ra được, nhờ sự giúp đỡ của đại sứ quán, đường dây nóng và gia đình.
dream-job-end-helped = Người bạn cùng lớp của bạn đã có lịch phỏng vấn vào sáng hôm sau, và đã hủy. Hai bạn cùng báo cáo trang Facebook và tài khoản Telegram, rồi đăng lời cảnh báo trong nhóm của lớp. Thêm ba người nữa nhắn lại: họ cũng đã nộp đơn, và từ giờ họ sẽ kiểm tra trước.
dream-job-end-genuine = Bạn nộp đơn qua công ty môi giới có giấy phép vào vị trí { $real-job }. Buổi phỏng vấn là một cuộc gọi video với một người quản lý thật, hợp đồng được viết thành văn bản, và visa lao động có trước chuyến bay. Lương ${ $real-pay } một tháng: không phải giấc mơ, nhưng là thật. Gia đình bạn biết chính xác bạn sẽ ở đâu.
