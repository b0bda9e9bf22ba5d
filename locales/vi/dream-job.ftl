# Machine-drafted translation: needs review by a native speaker.
dream-job-title = Công việc mơ ước
dream-job-summary = Bạn vừa học xong và đang cần việc làm. Rồi một công việc ở nước ngoài xuất hiện, như thể dành riêng cho bạn.
dream-job-content-note = Câu chuyện này có nhắc đến nạn mua bán người. Không có cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

dream-job-character-advert = { $agency } · Được tài trợ
dream-job-character-site = Trang web { $agency }
dream-job-character-recruiter = { $recruiter }, phòng Nhân sự, { $company }
dream-job-character-manager = Phỏng vấn video, { $company }
dream-job-character-agent = { $agency }, bộ phận hồ sơ
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

dream-job-agency-brightpath = BrightPath Overseas Manpower
dream-job-agency-pacific-crest = Pacific Crest Placement Services
dream-job-agency-northbridge = Northbridge International Recruitment

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

dream-job-ad = Được nhà nước cấp phép, số giấy phép trên mọi bài đăng. ĐANG TUYỂN cho khách hàng của chúng tôi, một công ty BPO hàng đầu tại { $city }: Chăm sóc khách hàng / Hỗ trợ IT / Hành chính. Lương ${ $salary } một tháng. Không cần kinh nghiệm. MIỄN PHÍ vé máy bay, chỗ ở, ăn uống và visa. Chỉ cần tiếng Anh tốt và gõ phím nhanh. Nộp đơn trên trang web của chúng tôi. Số suất có hạn!
    .discuss = Quảng cáo này cho bạn biết gì, và bỏ qua điều gì?
dream-job-ad-apply-now = Mở trang web của họ và nộp đơn ngay tối nay, trước khi hết suất
    .feedback = Mức lương cao hơn nhiều so với những gì một sinh viên mới ra trường kiếm được ở quê nhà, cho công việc không cần kinh nghiệm. "Lo hết mọi thứ" nghe hào phóng, nhưng sau này có thể quay lại thành món nợ. Số giấy phép trên bài đăng khiến nó có vẻ an toàn. Những mồi nhử này tác dụng với bất kỳ ai cần việc, và vì thế chúng được dùng.
dream-job-ad-read-again = Trước hết, tìm hiểu nhân viên chăm sóc khách hàng ở { $city } được trả bao nhiêu
    .feedback = Một phép so sánh đơn giản mà hữu ích. Lương gấp nhiều lần mức địa phương cho việc không cần kinh nghiệm, cộng vé, chỗ ở và visa miễn phí, là mồi nhử kinh điển. Nhà tuyển dụng thật trả lương công bằng, không như mơ.
dream-job-ad-check-agency = Trước khi trả lời, kiểm tra với cơ quan quản lý lao động ngoài nước của nước bạn
    .feedback = Bước đầu tiên tốt nhất. Nước nào cũng có một cơ quan như vậy: ở Việt Nam là Cục Quản lý lao động ngoài nước (thuộc Bộ Nội vụ từ tháng 3/2025); ở Philippines là DMW, ở Indonesia là bộ KP2MI (trước đây là BP2MI), ở Kenya là Cơ quan Việc làm Quốc gia. Một công việc thật ở nước ngoài phải qua các cơ quan này hoặc một công ty có giấy phép, không phải một trang Facebook.

dream-job-ad-closer = Bạn tìm kiếm. Việc tổng đài ở { $city } trả nhân viên địa phương khoảng ${ $local-pay } một tháng, và nhân viên nước ngoài cũng không hơn bao nhiêu. Bài đăng không nêu tên nhà tuyển dụng, chỉ "một công ty BPO hàng đầu". Bên dưới, hai trăm người đã viết "Quan tâm" và "Đã nộp".
    .discuss = Chi tiết nào trong đây bạn thật sự kiểm tra được?
dream-job-ad-closer-apply-anyway = Có thể họ trả cao vì tiếng Anh tốt. Cứ nộp đơn, hỏi sau.
    .feedback = Có thể. Nhưng một việc ở nước ngoài trả gấp nhiều lần mức thông thường, cho một nhà tuyển dụng không ai chịu nêu tên, chính là loại lời mời cần kiểm tra trước khi bạn gửi bất cứ thứ gì. Một công việc mơ hồ không có tên công ty thì không để lại gì cho bạn kiểm tra.
dream-job-ad-closer-ask-details = Bình luận dưới bài đăng: "Công ty tên gì, địa chỉ ở đâu, và cụ thể là làm việc gì?"
    .feedback = Bạn đã hỏi những điều cơ bản: chủ lao động là ai, ở đâu, và làm việc gì. Một công việc mơ hồ, không có tên công ty, thì bạn chẳng có gì để kiểm tra. Hãy để ý cách họ trả lời.
dream-job-ad-closer-check-agency = Trước khi trả lời, kiểm tra với cơ quan quản lý lao động ngoài nước của nước bạn
    .feedback = Bước đầu tiên tốt nhất. Nước nào cũng có một cơ quan như vậy: ở Việt Nam là Cục Quản lý lao động ngoài nước (thuộc Bộ Nội vụ từ tháng 3/2025); ở Philippines là DMW, ở Indonesia là bộ KP2MI (trước đây là BP2MI), ở Kenya là Cơ quan Việc làm Quốc gia. Một công việc thật ở nước ngoài phải qua các cơ quan này hoặc một công ty có giấy phép, không phải một trang Facebook.

dream-job-licence-check = Trên trang web chính thức của cơ quan nhà nước quản lý lao động đi nước ngoài, bạn tìm thấy danh sách các công ty được cấp phép. { $agency } có trong đó: giấy phép còn hiệu lực, địa chỉ và số điện thoại bàn giống trên bài đăng, không bị đình chỉ. Vậy công ty môi giới là thật. Danh sách không nói gì về công việc ở { $city }, hay nhà tuyển dụng đứng sau. Nhưng nó có hiện các đơn hàng khác mà công ty đã đăng ký.
    .discuss = Một giấy phép hợp lệ chứng minh điều gì, và không chứng minh điều gì?
dream-job-licence-check-apply = Tốt, công ty môi giới là thật. Nộp đơn qua trang web của họ.
    .feedback = Kiểm tra giấy phép là đúng, và điều đó rất có giá trị. Nhưng giấy phép thuộc về công ty môi giới, không thuộc về mọi công việc họ đăng. Nhà tuyển dụng và công việc vẫn cần câu trả lời riêng.
dream-job-licence-check-ask-details = Viết cho công ty môi giới: nhà tuyển dụng ở { $city } là công ty nào, và công việc cụ thể là gì?
    .feedback = Đúng: đã kiểm tra công ty môi giới, giờ kiểm tra công việc. Tên nhà tuyển dụng, địa chỉ và mô tả công việc bằng văn bản là những gì bạn cần tiếp theo.
dream-job-licence-check-other-jobs = Xem các đơn hàng khác mà công ty đã đăng ký trong danh sách
    .feedback = Một thói quen tốt: danh sách chính thức cho thấy những đơn hàng đã qua kiểm tra. So chúng với bài đăng Facebook cho bạn biết rất nhiều.

## The agency's website, and the employer's HR

dream-job-site = "Sự nghiệp ở nước ngoài của bạn bắt đầu từ đây." Số giấy phép ở trên cùng. Ảnh nhân viên tươi cười ở sân bay, video một quản lý trong văn phòng kính, đánh giá năm sao. Tin tuyển dụng cho { $city } dẫn tới nhà tuyển dụng, { $company }: "công ty đã đăng ký", văn phòng hiện đại, giải thưởng. Mẫu đơn yêu cầu CV, ảnh hộ chiếu và bằng tốt nghiệp của bạn. "Ứng viên lọt vòng trong được phỏng vấn video trong 48 giờ."
    .discuss = Điều gì trên trang này bạn có thể tự kiểm tra, và bằng cách nào?
dream-job-site-upload = Điền mẫu đơn và tải lên mọi thứ. Trông thật chuyên nghiệp.
    .feedback = Một trang web đẹp, đánh giá, số đăng ký và video có thể làm hoặc sao chép trong một buổi chiều. Vẻ chuyên nghiệp không phải bằng chứng, cho công ty môi giới hay nhà tuyển dụng. Và bản sao hộ chiếu cần được giữ gìn: chỉ gửi khi bạn đã kiểm tra ai đang yêu cầu.
dream-job-site-ask-details = Trước khi gửi gì, hãy hỏi: công việc cụ thể là gì, và văn phòng của { $company } ở đâu?
    .feedback = Câu hỏi chính đáng. Nhà tuyển dụng thật trả lời được trong một tin nhắn. Không có địa chỉ và mô tả công việc bằng văn bản thì không có gì để bạn kiểm tra.
dream-job-site-check-licence = Tra số giấy phép trong danh sách của chính nhà nước, không phải trên trang của họ
    .feedback = Đúng. Kiểm tra qua danh sách chính thức bạn tự tìm, không qua đường link hay số điện thoại trang web đưa. Kẻ lừa đảo sao chép công ty môi giới thật, nên cả người cẩn thận cũng bị lừa.
dream-job-site-company-site = Công ty môi giới ổn, và { $company } cũng có trang web thật. Nộp đơn.
    .feedback = Giấy phép của công ty môi giới là thật, và điều đó quan trọng. Nhưng trang web của { $company } cũng dễ làm như bao trang khác, và số đăng ký không nói lên bên trong diễn ra gì. Nhà tuyển dụng cần được kiểm tra riêng: sổ đăng ký doanh nghiệp của nước đó, đại sứ quán của nước đó, đơn hàng tại cơ quan quản lý lao động của bạn.

dream-job-vague-answer-good-question = Em hỏi hay lắm :)
dream-job-vague-answer-new-branch = Tôi là { $recruiter } của chính { $company }, nhà tuyển dụng. Chúng tôi là chi nhánh mới ở { $city }, khách hàng lớn của { $agency }.
dream-job-vague-answer-after = Địa chỉ đầy đủ và chi tiết công việc thì khi nào em qua phỏng vấn mình mới gửi. Quy định công ty, vì lý do bảo mật.
dream-job-vague-answer-busy = Hôm nay nhiều người ứng tuyển lắm. Mình nói chuyện trên Telegram cho dễ, bên môi giới chậm lắm. Mai phỏng vấn video với quản lý của tôi, OK?
dream-job-vague-answer-go-on = "OK, mình phỏng vấn đi."
    .feedback = Một cái tên công ty vẫn chưa phải là công ty bạn kiểm tra được. "Chi tiết sau phỏng vấn, vì lý do an ninh" là đảo ngược: nhà tuyển dụng thật đưa chi tiết trước, để bạn quyết định.
dream-job-vague-answer-check-agency = "Trước tiên em sẽ kiểm tra công ty với cơ quan quản lý lao động ngoài nước của nước em."
    .feedback = Một công việc ở nước ngoài chỉ trao đổi qua ứng dụng nhắn tin, không qua công ty môi giới có giấy phép, thì bạn không được pháp luật bảo vệ chút nào. Kiểm tra chỉ mất một ngày. Chủ lao động thật có thể đợi.
dream-job-vague-answer-leave = Viết "Dạ thôi, cảm ơn," rồi không trả lời nữa
    .feedback = Bạn có quyền từ chối một lời mời mà bạn không kiểm tra được. Bạn không nợ ai một lời giải thích.

## The video interview

dream-job-interview-here = (Một cuộc gọi video. Một quản lý trẻ đeo tai nghe, logo { $company } trên tường phía sau.) Chào bạn! Cảm ơn đã tham gia. Sẽ không lâu đâu.
    .discuss = Buổi phỏng vấn này kiểm tra điều gì, và không bao giờ hỏi về điều gì?
dream-job-interview-why = Bạn kể đi, sao muốn làm việc ở nước ngoài? Tuyệt. Còn ca đêm, làm nhiều giờ, được chứ?
dream-job-interview-night = Tiếng Anh của bạn tốt. Giờ gõ cho tôi xem trong khung chat. Tối thiểu của chúng tôi là { $wpm } từ mỗi phút.
dream-job-interview-test = Phần cuối, nhập vai. Tôi là một khách hàng nước ngoài cô đơn. Giữ tôi trò chuyện, làm tôi thích bạn, càng lâu càng tốt. Bắt đầu.
    .discuss = Hãy nhìn phần nhập vai. Loại công việc nào cần kỹ năng đó?
dream-job-interview-do-test = Làm phần nhập vai. Bạn giỏi việc này, và bạn muốn có việc.
    .feedback = Một cuộc gọi video thật, mà vẫn chỉ kiểm tra việc chat và gõ tiếng Anh, với phần nhập vai giữ chân một người lạ cô đơn. Đó là những kỹ năng một trại lừa đảo cần. Không ai hỏi về bằng cấp của bạn hay nói rõ công việc là gì.
dream-job-interview-ask-video = "Trước phần nhập vai: khách hàng là ai, và cả ngày tôi sẽ làm gì cụ thể?"
    .feedback = Câu hỏi chính đáng. Buổi phỏng vấn chỉ kiểm tra tốc độ gõ và sức hút của bạn với một "khách hàng cô đơn", không nói rõ gì về công việc. Cuộc gọi video có ích, nhưng có thể dàn dựng: điều quan trọng là nó hỏi gì, và không bao giờ hỏi gì.
dream-job-interview-see-office = Nhờ anh ấy xoay camera cho xem văn phòng và đội ngũ
    .feedback = Anh ấy làm thật: bàn làm việc, màn hình, người đang làm. Cảm giác yên tâm, và đó là mục đích. Văn phòng có thể thuê, dàn dựng hoặc chiếu từ bản ghi. Những gì buổi phỏng vấn kiểm tra, và không bao giờ hỏi, nói nhiều hơn căn phòng sau camera.

dream-job-video-excuse-busy = Giữ chân khách hàng, cho khách VIP. Đào tạo đầy đủ, đừng lo.
dream-job-video-excuse-policy = Mọi chi tiết nằm trong hợp đồng, ở văn phòng. Tất cả nhân viên của chúng tôi đều được tuyển như vậy.
dream-job-video-excuse-slot = Nếu em không nghiêm túc thì mình nhường chỗ cho người tiếp theo. Nhiều người đang chờ lắm.
dream-job-video-excuse-give-in = "Em xin lỗi! Em nghiêm túc mà. Em làm bài kiểm tra ngay ạ."
    .feedback = Câu "nhiều người đang chờ" là để bạn không kịp suy nghĩ. Nó hiệu quả vì bạn thật sự cần việc này và sợ mất nó. Bị ép quyết định nhanh là một dấu hiệu cảnh báo: một lời mời thật có thể đợi bạn kiểm tra.
dream-job-video-excuse-refuse-rush = "Em không vội được. Em sẽ kiểm tra công việc này trước."
    .feedback = Bạn đã nhận ra sự ép buộc. Hối thúc bạn quyết định nhanh, và coi việc đặt câu hỏi là không nhiệt tình, là một dấu hiệu cảnh báo. Chủ lao động thật có thể đợi một ngày.
dream-job-video-excuse-leave = Cảm ơn anh ấy đã dành thời gian, và kết thúc cuộc gọi
    .feedback = Bạn có thể kết thúc bất kỳ cuộc gọi nào không chịu trả lời một câu hỏi đơn giản. Bạn mất cơ hội này, và điều đó đau khi bạn cần việc. Mọi thứ khác bạn vẫn giữ được.

## The offer: skip the agency

dream-job-passed-congrats = Chúc mừng em!! Em đậu rồi!
    .discuss = Vì sao chỉ cho vài tiếng để quyết định? Chủ lao động thật sẽ gửi gì cho bạn trước khi yêu cầu bất cứ điều gì?
dream-job-passed-offer = Lương ${ $salary } một tháng. Miễn phí vé máy bay, phòng ở và ăn uống. Tuần sau em bắt đầu làm ở { $city }.
dream-job-passed-direct = Tin vui: bạn không cần chờ bên môi giới. Môi giới mất ba tháng và có phí. Tuần sau chúng tôi cho bạn bay sang bằng visa du lịch, giấy phép lao động làm ở đây. Chỉ cần gửi ảnh hộ chiếu hôm nay.
dream-job-passed-deadline = Lời mời này chỉ có hiệu lực trong { $hours } giờ. Sau đó, chỗ này sẽ dành cho người tiếp theo.
dream-job-passed-send-passport = Gửi ảnh hộ chiếu. Không phí, không chờ, và tuần sau bắt đầu làm.
    .feedback = Bỏ qua công ty môi giới nghe như một ân huệ: không phí, không chờ. Nhưng nó đưa công việc ra khỏi hệ thống được cấp phép vốn bảo vệ bạn, và visa du lịch không cho phép bạn làm việc. Với { $hours } giờ và không có hợp đồng, sự gấp gáp ấy để chặn câu hỏi của bạn.
dream-job-passed-through-agency = Nói rằng bạn chỉ đi qua { $agency }, có hợp đồng và visa lao động, dù mất ba tháng
    .feedback = Đúng: công ty môi giới được cấp phép và visa lao động là sự bảo vệ của bạn, và nhà tuyển dụng muốn bạn bỏ qua cả hai. Bạn mất thời gian và một khoản phí hợp pháp. Nhà tuyển dụng thật có thể chờ.
dream-job-passed-ask-contract = "Bên mình gửi em hợp đồng bằng văn bản trước nhé, có ghi lương và tên chủ lao động."
    .feedback = Đúng vậy. Hợp đồng bằng văn bản ghi rõ chủ lao động, công việc, nơi làm việc và mức lương là điều tối thiểu. Hạn chót gấp mà không có hợp đồng là một dấu hiệu cảnh báo.

dream-job-contract-dodge-arrive = Hợp đồng thì em ký ở văn phòng khi đến nơi. Chuyện bình thường mà.
dream-job-contract-dodge-same = Mọi thứ đúng như mình đã nói với em. Em tin mình mà, đúng không?
dream-job-contract-dodge-questions = Mấy bạn ứng tuyển khác đâu có hỏi nhiều như vậy.
dream-job-contract-dodge-trust = "Dạ được, em tin ạ." Gửi ảnh hộ chiếu.
    .feedback = "Ký khi đến nơi" nghĩa là ký ở nơi xa nhà, khi bạn không còn từ chối được nữa. Làm cho việc đặt câu hỏi có vẻ bất lịch sự là một cách để chặn câu hỏi. Cách này hiệu quả với người lịch sự, mà hầu hết chúng ta đều lịch sự.
dream-job-contract-dodge-check-agency = "Vậy thì em sẽ hỏi cơ quan quản lý lao động ngoài nước về công việc này trước."
    .feedback = Một công việc ở nước ngoài chỉ trao đổi qua ứng dụng nhắn tin, không có hợp đồng và không có công ty môi giới có giấy phép, là nằm ngoài hệ thống bảo vệ người lao động. Cơ quan đó có thể nhanh chóng cho bạn biết công việc có thật hay không.
dream-job-contract-dodge-through-agency = Nói với { $recruiter } rằng bạn chỉ đi qua { $agency }, có hợp đồng và visa lao động trước khi bay
    .feedback = Tốt: công ty môi giới và visa lao động bảo vệ bạn, còn hợp đồng ký khi đến nơi thì không. Nghĩa là phải chờ, và trả khoản phí hợp pháp của công ty môi giới.

## Everything through the licensed agency

dream-job-agency-process-slower = Kính gửi ứng viên, { $company } đã xác nhận tuyển dụng bạn qua công ty chúng tôi. Thủ tục mất mười tuần.
dream-job-agency-process-papers = Đính kèm: hợp đồng lao động của bạn, ghi tên { $company } tại { $city }, lương ${ $salary }, có chữ ký hai bên. Giấy phép lao động của bạn đã được duyệt. Phí môi giới của chúng tôi trong giới hạn pháp luật; biên lai chính thức đính kèm.
dream-job-agency-process-hotline = (Bạn gọi đường dây nóng quốc gia cho chắc. Cán bộ kiểm tra: công ty môi giới được cấp phép, và đơn hàng của { $company } đã đăng ký. "Mọi thứ đều hợp lệ," chị nói.)
    .discuss = Mọi bước kiểm tra đều ổn. Còn điều gì bạn vẫn có thể cân nhắc?
dream-job-agency-process-go = Ký và đi. Bạn đã làm mọi bước kiểm tra có thể.
    .feedback = Đúng vậy: công ty môi giới được cấp phép, hợp đồng, giấy phép lao động, đơn hàng đã đăng ký. Cẩn thận là như thế. Điều duy nhất giấy tờ không giải thích được là mức lương, cao hơn nhiều so với mức địa phương.
dream-job-agency-process-compare = Hỏi { $agency } xem có việc tương tự với mức lương bình thường không
    .feedback = Mọi thứ đều ổn, nhưng lương vẫn gấp nhiều lần mức địa phương cho việc không cần kinh nghiệm. Cân nhắc điều đó không phải nghi ngờ: đó là câu hỏi duy nhất giấy tờ không trả lời được.
dream-job-agency-process-stay = Tạm ở nhà đã. Vẫn có điều gì đó làm bạn băn khoăn.
    .feedback = Lắng nghe cảm giác đó là quyền của bạn, kể cả khi mọi bước kiểm tra đều ổn. Nó có thể khiến bạn mất một công việc đúng như lời hứa. Không có gì đáng xấu hổ trong lựa chọn nào.

## The national agency, and the genuine job

dream-job-agency = Bạn gọi đường dây nóng của cơ quan nhà nước quản lý lao động đi nước ngoài và đọc lại mọi điều bạn đã được nghe. Cán bộ kiểm tra. "{ $agency } có giấy phép. Nhưng một công việc hợp pháp do công ty môi giới lo, không phải một 'nhà tuyển dụng' kéo bạn sang Telegram và hối thúc bạn, và luôn có visa lao động trước khi bay. Người ta rơi vào các trại lừa đảo theo cách này," chị nói. "Bạn gọi là đúng."
    .discuss = Ở một nước như vậy, cơ quan nào kiểm tra việc làm ở nước ngoài? Làm sao tìm được số điện thoại hay trang web của họ?
dream-job-agency-warn-classmate = Gửi cho người bạn cùng lớp, người cũng đã nộp đơn, những gì cơ quan quản lý đã nói
    .feedback = Bạn của bạn tin bài đăng vì cùng những lý do như bạn. Những sự thật được nói một cách bình tĩnh từ một người bạn, như lời của cơ quan quản lý, giúp ích hơn nỗi sợ hay lời trách móc.
dream-job-agency-real-jobs = Hỏi cán bộ nơi tìm việc IT hoặc chăm sóc khách hàng thật ở nước ngoài
    .feedback = Tốt: mục đích không phải là từ bỏ việc đi làm ở nước ngoài, mà là tìm những công việc bạn kiểm tra được.
dream-job-agency-block = Chặn { $recruiter }, và báo cáo tài khoản đó cho cán bộ và cho Telegram
    .feedback = Tốt. Một báo cáo giúp cơ quan cảnh báo người khác và xử lý những kẻ mạo danh công ty môi giới. Bạn không nợ { $recruiter } lời giải thích nào.

dream-job-genuine-listing = Công ty môi giới có giấy phép, số giấy phép có trong danh sách của nhà nước. Vị trí: { $real-job }. Có tên chủ lao động, địa chỉ và trang web. Hợp đồng bằng văn bản hai năm.
dream-job-genuine-checks = Phỏng vấn qua video với quản lý của chủ lao động. Visa lao động được làm xong trước khi đi. Chỉ thu các khoản phí pháp luật cho phép, có biên lai chính thức.
dream-job-genuine-pay = Lương: ${ $real-pay } một tháng, có chỗ ở và bảo hiểm y tế. Thủ tục mất ba tháng, có khóa đào tạo trước khi xuất cảnh.
dream-job-genuine-apply = Nộp đơn qua công ty môi giới. Công việc này kiểm tra thấy đâu ra đấy.
    .feedback = Lương thấp hơn tin tuyển dụng trên Facebook, nhưng là thật. Công việc này có những thứ mà công việc kia thiếu: chủ lao động có tên tuổi, công ty môi giới có giấy phép mà bạn kiểm tra được, hợp đồng bằng văn bản, buổi phỏng vấn thật và visa lao động.
dream-job-genuine-verify = Trước khi nộp đơn, tự kiểm tra số giấy phép trên trang web của nhà nước
    .feedback = Một thói quen tốt: kiểm tra trên trang chính thức mà bạn tự tìm, không qua đường link người khác gửi. Ở đây mọi thứ đều khớp. Kiểm tra không phải là nghi ngờ. Đó là cách tìm ra những công việc bạn có thể tin.
dream-job-genuine-refuse = Từ chối. Sau tất cả chuyện này, việc nào ở nước ngoài cũng giống một cái bẫy.
    .feedback = Cảm giác đó là dễ hiểu, và ở lại trong nước luôn là quyền của bạn. Nhưng công việc này có mọi thứ mà lời mời lừa đảo thiếu: công ty môi giới có giấy phép, chủ lao động có tên tuổi, hợp đồng và visa lao động. Mục đích không phải là sợ mọi lời mời, mà là kiểm tra chúng.

## Endings

dream-job-end-walk-away = Bạn từ chối và tạm ở nhà. Bạn tiếp tục tìm việc, và biết cách kiểm tra một công việc ở nước ngoài: công ty môi giới được cấp phép, nhà tuyển dụng có tên, hợp đồng bằng văn bản, visa lao động, và mức lương hợp lý với công việc. Một tuần sau, bài đăng y hệt cho { $city } lại xuất hiện, với ảnh mới.
dream-job-end-trafficked = Ở { $city }, một tài xế cầm tấm biển ghi tên bạn lấy hộ chiếu của bạn "để làm giấy phép lao động". Anh ta chở bạn đi nhiều giờ liền, xa thành phố, đến một tòa nhà tường cao có người canh gác. Công việc là lừa đảo người lạ trên mạng. Đây là kế hoạch của bọn tội phạm ngay từ bài đăng đầu tiên. Vẫn có người thoát ra được, nhờ sự giúp đỡ của đại sứ quán, đường dây nóng và gia đình.
dream-job-end-helped = Người bạn cùng lớp của bạn đã có lịch phỏng vấn vào sáng hôm sau, và đã hủy. Hai bạn cùng báo cáo trang Facebook và tài khoản Telegram, rồi đăng lời cảnh báo trong nhóm của lớp. Thêm ba người nữa nhắn lại: họ cũng đã nộp đơn, và từ giờ họ sẽ kiểm tra trước.
dream-job-end-genuine = Bạn nộp đơn qua công ty môi giới được cấp phép cho { $real-job }. Mất ba tháng và khoản phí hợp pháp. Buổi phỏng vấn là cuộc gọi video với một quản lý thật, người hỏi về kỹ năng của bạn, hợp đồng bằng văn bản, và visa lao động có trước chuyến bay. Lương ${ $real-pay } một tháng: không phải giấc mơ, nhưng là thật. Gia đình bạn biết chính xác bạn sẽ ở đâu.
dream-job-end-front = Bạn bay đi với hợp đồng, giấy phép lao động và biên lai của công ty môi giới. Ở { $city }, { $company } có thật: một công ty đã đăng ký, trong một tòa tháp sau cánh cổng. Bên trong, hộ chiếu và điện thoại của bạn bị thu "để đăng ký", và công việc là lừa đảo người lạ trên mạng. Bạn đã làm mọi bước kiểm tra mà một người có thể làm. Các công ty đã đăng ký bị dùng làm bình phong chính vì thế: chúng lừa cả công ty môi giới lẫn các quan chức. Đây không phải lỗi của bạn. Người ta vẫn thoát ra được, nhờ đại sứ quán, đường dây nóng và gia đình, và báo cáo của bạn có thể giúp cơ quan xử lý nhà tuyển dụng này.
