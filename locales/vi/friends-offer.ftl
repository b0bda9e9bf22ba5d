# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Lời mời của người bạn
friends-offer-summary = Một người bạn cũ đang làm việc ở nước ngoài gửi cho bạn những tấm ảnh về một cuộc sống sung túc, và ngỏ ý xin việc giúp bạn.
friends-offer-content-note = Câu chuyện này có nhắc đến nạn mua bán người và những người bị giữ lại trái với ý muốn của họ. Không có cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } của bạn)
friends-offer-character-site = Trang web của { $company }
friends-offer-character-hr = { $hr }, phòng Nhân sự, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Đường dây nóng của cơ quan quản lý lao động ngoài nước

## Variables

friends-offer-you-ramon = Ramon, tài xế giao hàng ở Quezon City, Philippines
friends-offer-you-budi = Budi, công nhân xây dựng ở Bandung, Indonesia
friends-offer-you-tuan = Tuấn, công nhân xây dựng ở Đà Nẵng, Việt Nam
friends-offer-you-kiran = Kiran, tài xế giao hàng ở Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, công nhân xây dựng ở Kandy, Sri Lanka
friends-offer-you-rahul = Rahul, tài xế giao hàng ở Hyderabad, Ấn Độ

friends-offer-friend-ace = Ace
friends-offer-friend-jay = Jay
friends-offer-friend-max = Max
friends-offer-friend-tiger = Tiger

friends-offer-bond-cousin = anh họ
friends-offer-bond-schoolfriend = bạn học cũ

friends-offer-other-sunny = Sunny
friends-offer-other-lucky = Lucky
friends-offer-other-rocky = Rocky

friends-offer-city-bangkok = Bangkok
friends-offer-city-chiang-mai = Chiang Mai

friends-offer-company-sunrise = Sunrise Digital Group
friends-offer-company-gold-river = Gold River Trading
friends-offer-company-blue-ocean = Blue Ocean Tech

friends-offer-hr-cindy = Cindy
friends-offer-hr-grace = Grace
friends-offer-hr-may = May

friends-offer-real-job-japan-building = một công trường xây dựng tại Nhật Bản
friends-offer-real-job-malaysia-factory = một nhà máy tại Malaysia
friends-offer-real-job-dubai-warehouse = một nhà kho tại Dubai

## The friend gets in touch

friends-offer-start = Bạn là { $you }. Ngày làm việc dài, lương thì ít, mà phần lớn lại gửi về cho gia đình. Một đêm, điện thoại bạn sáng lên: { $bond } của bạn, { $friend }. Đã hai năm hai người không nói chuyện. Ai cũng nói giờ anh ấy đang "làm việc ở nước ngoài", và khá giả lắm.
    .discuss = Trong câu chuyện này, mọi người biết đến việc làm ở nước ngoài qua những cách nào? Cách nào kiểm tra được, cách nào không?

friends-offer-photos-hey = Ông ơi!! Lâu quá! Dạo này khỏe không?
    .discuss = Vì sao lời mời từ người quen lại có cảm giác an toàn hơn lời mời từ người lạ?
friends-offer-photos-photo = (Ảnh: { $friend } bên hồ bơi trên sân thượng vào ban đêm, sau lưng là ánh đèn thành phố, tay cầm một chiếc điện thoại mới.)
friends-offer-photos-life = Sống ở { $city } sướng lắm ông. ${ $salary } một tháng, ở miễn phí. Làm văn phòng, có máy lạnh!
friends-offer-photos-offer = Công ty mình đang cần thêm người. Mình kể với sếp về ông rồi. Ông muốn không? Mình giúp cho.
friends-offer-photos-sounds-great = "Muốn chứ! Ông nói tốt thì mình tin. Làm sao để vào làm?"
    .feedback = Lời mời từ người quen có cảm giác an toàn, và chính vì thế bọn tuyển người hay dùng bạn bè và người thân. Bạn của bạn có thể tin thật, hoặc chính anh ấy cũng đang bị ép. Lời anh ấy nói không thay được việc kiểm tra.
friends-offer-photos-ask-proof = Mừng cho anh ấy, và hỏi tên công ty để tự mình kiểm tra
    .feedback = Bạn có thể tin bạn mình mà vẫn kiểm tra công việc. Bọn tuyển người dùng bạn bè vì khi đã tin nhau thì người ta bỏ qua các câu hỏi. Việc làm thật thì vẫn còn đó sau khi bạn kiểm tra.

friends-offer-details-company = Công ty tên là { $company }. Chăm sóc khách hàng cho các cửa hàng online. Dễ lắm, chỉ nhắn tin với khách thôi.
friends-offer-details-training = Không kinh nghiệm cũng không sao, họ dạy hết. Hồi đó tiếng Anh của mình cũng dở lắm!
friends-offer-details-site = Ông xem trang web của họ đi, chuyên nghiệp lắm. Mình gửi link cho.
friends-offer-details-hr = Chị bên Nhân sự, chị { $hr }, sẽ nhắn cho ông. Chị ấy dễ thương lắm.

friends-offer-website = "Tương lai của bạn bắt đầu từ đây." Ảnh một văn phòng kính và những nhân viên trẻ tươi cười. "Công ty đã đăng ký, Số ĐK TH-2019-004417." Một ghim bản đồ ở { $city }. Giải thưởng, một video tiệc nhân viên, và một nút bấm: "Ứng tuyển ngay! 200 suất trong tháng này."
    .discuss = Trên trang này, điều gì bạn có thể tự mình kiểm tra, và kiểm tra bằng cách nào?
friends-offer-website-looks-real = Trông chuyên nghiệp, lại có số đăng ký. Chắc là thật.
    .feedback = Một trang web, vài tấm ảnh và một số đăng ký chỉ mất một buổi chiều để làm ra hoặc sao chép, đôi khi lấy luôn số của một công ty thật. Trông đẹp không phải là bằng chứng. Chỉ những danh sách chính thức mà bạn tự tìm mới cho bạn biết ai được phép tuyển người lao động từ nước bạn.
friends-offer-website-check-it = Ai cũng làm được trang web. Gọi cho cơ quan quản lý lao động ngoài nước để hỏi về công ty này
    .feedback = Đúng vậy. Hãy kiểm tra qua các kênh chính thức mà bạn tự tìm, không qua đường link hay số điện thoại họ gửi. Kẻ lừa đảo sao chép công ty thật, nên cả những người cẩn thận, có học thức cũng bị lừa.

## The friendly HR lady

friends-offer-hr-chat-hello = Chào em! Chị là { $hr } bên phòng Nhân sự. { $friend } kể với bên chị nhiều điều tốt về em lắm.
friends-offer-hr-chat-patient = Có gì thắc mắc em cứ hỏi chị bất cứ lúc nào nha. Không vội đâu.
friends-offer-hr-chat-interview = Phỏng vấn dễ thôi, ngay đây trong đoạn chat. Em giới thiệu về bản thân, rồi làm một bài kiểm tra đánh máy ngắn.
friends-offer-hr-chat-test = Em gõ đoạn này rồi gửi cho chị nha: "Chào anh yêu, hôm nay của anh thế nào? Em vui lắm khi được nói chuyện với anh."
friends-offer-hr-chat-do-test = Trả lời các câu hỏi của chị ấy và làm bài kiểm tra đánh máy
    .feedback = Nhắn tin và làm bài kiểm tra đánh máy không phải là một buổi phỏng vấn thật. Chúng chỉ kiểm tra xem bạn có nhắn tin và đánh máy bằng tiếng Anh được không, đúng kỹ năng mà khu lừa đảo cần. Hãy nhìn những câu họ bắt bạn gõ.
friends-offer-hr-chat-ask-call = "Em gọi video với quản lý được không chị, và em xem hợp đồng trước được không?"
    .feedback = Chủ lao động thật sẽ nói chuyện trực tiếp với bạn và cho bạn xem hợp đồng. "Phỏng vấn" chỉ qua tin nhắn giấu kín chủ lao động. Gọi video có ích, nhưng có thể bị làm giả, nên hãy kiểm tra thêm chủ lao động qua các kênh chính thức.

friends-offer-hr-dodge-sure = Tất nhiên rồi, chị hiểu mà. Em cẩn thận vậy là tốt!
friends-offer-hr-dodge-later = Quản lý đang ở chi nhánh khác. Làm hồ sơ xong anh ấy sẽ gọi cho em. Hợp đồng thì em ký khi đến nơi, nhân viên nào cũng vậy.
friends-offer-hr-dodge-proof = Em xem trang web và số đăng ký của bên chị rồi đúng không? Mà bạn em ở đây cũng vui lắm. Em tin bên chị được mà.
friends-offer-hr-dodge-fine = "Dạ được. Em xin lỗi vì hỏi nhiều quá." Làm bài kiểm tra.
    .feedback = Thân thiện và kiên nhẫn, nhưng vẫn không có hợp đồng, không có quản lý. Tử tế thì họ chẳng tốn gì. "Ký khi đến nơi" nghĩa là ký ở nơi xa nhà, khi bạn không còn từ chối được nữa.
friends-offer-hr-dodge-check = "Em sẽ đợi hợp đồng bằng văn bản, và kiểm tra với cơ quan quản lý lao động ngoài nước của nước em."
    .feedback = Tốt. Đừng bao giờ đồng ý đi khi chưa có hợp đồng bằng văn bản ghi rõ chủ lao động, công việc, nơi làm việc và mức lương. Một lời mời thật có thể đợi bạn kiểm tra.

friends-offer-fee-passed = Chúc mừng em, em đậu rồi!
    .discuss = Vì sao khoản phí lại đến ngay sau tin vui? Một khi đã trả tiền, người ta cảm thấy mình còn làm được gì tiếp theo?
friends-offer-fee-fee = Tiền visa và vé máy bay thì có một khoản phí làm hồ sơ: ${ $fee }. Bên chị sẽ trả lại cho em từ tháng lương đầu tiên.
friends-offer-fee-friday = Em chuyển trước thứ Sáu nha, để bên chị giữ chỗ cho em. Số tài khoản đây.
friends-offer-fee-pay = Vay tiền và chuyển đi. Tháng lương đầu sẽ được trả lại.
    .feedback = Một khi đã trả tiền, bỏ đi nghĩa là mất tiền, nên bạn cứ đi tiếp. Việc làm thật ở nước ngoài chỉ thu những khoản phí pháp luật cho phép, có biên lai chính thức, và không bao giờ bắt chuyển vào tài khoản của một cá nhân.
friends-offer-fee-refuse = "Chủ lao động thật không bắt em trả tiền để được tuyển. Em không trả đâu."
    .feedback = Đúng vậy. "Phí làm hồ sơ" phải trả trước, chuyển cho một cá nhân, là một dấu hiệu cảnh báo. Hãy hỏi cơ quan quản lý lao động ngoài nước những khoản phí nào là hợp pháp, và chỉ trả khi có biên lai chính thức.

friends-offer-friend-push-heard = Ông ơi, { $hr } nói ông không muốn trả tiền hả?
friends-offer-friend-push-paid = Hồi mới sang mình cũng trả mà. Lấy lại nhanh lắm, mình hứa.
friends-offer-friend-push-half = Thôi, mình trả giùm ông một nửa. Đừng làm mình mất mặt với sếp nha.
friends-offer-friend-push-accept = Đồng ý. Anh ấy trả giùm bạn một nửa. Sao mà từ chối được?
    .feedback = Rất khó từ chối một người tử tế với mình, và có thể anh ấy thật lòng. Nhưng lời nói và tiền của anh ấy không làm cho công việc thành thật. Có thể chính anh ấy cũng đang bị chính những kẻ đó ép buộc.
friends-offer-friend-push-ask-other = Trước khi trả lời, hỏi ý kiến người bạn { $other }, người đang làm việc ở nước ngoài một cách hợp pháp
    .feedback = Ý hay. Người đã ra nước ngoài qua công ty môi giới có giấy phép biết quy trình thật trông như thế nào. Tin bạn bè là chuyện bình thường; kiểm tra lại những gì bạn nói thì khôn ngoan hơn.
friends-offer-friend-push-say-no = "Cảm ơn ông nha, nhưng mình không đi được. Để sau đi."
    .feedback = Từ chối nhẹ nhàng là đủ. Bạn không cần chứng minh công việc là giả mới được ở nhà.

## The job moves, and the rush

friends-offer-location-ticket = Tin vui nè! Vé bay sang Thái Lan của em đã đặt xong.
    .discuss = Bạn sẽ làm gì nếu nơi làm việc thay đổi sau khi bạn đã nhận lời?
friends-offer-location-driver = Ở sân bay, tài xế bên chị sẽ đưa em đến chi nhánh mới ở Mae Sot, gần biên giới.
friends-offer-location-river = Thật ra văn phòng nằm ngay bên kia sông, phía Myawaddy. Vẫn công ty đó, vẫn mức lương đó. Em đừng lo.
friends-offer-location-fine = "Dạ được. Thái Lan hay Myanmar thì việc nào cũng là việc."
    .feedback = Công việc đã chuyển từ { $city } sang Myawaddy, ở Myanmar, sau khi bạn nhận lời. Myawaddy nổi tiếng là nơi có nhiều khu lừa đảo. Chủ lao động thật không đổi quốc gia vào phút chót.
friends-offer-location-ask-friend = "Khoan đã. Chị nói là { $city } mà. Myawaddy là ở Myanmar." Hỏi { $friend } chuyện gì đang xảy ra.
    .feedback = Bạn đã nhận ra: công việc đổi sang nước khác sau khi bạn nhận lời. Myawaddy, bên kia sông đối diện Mae Sot, nổi tiếng là nơi có nhiều khu lừa đảo. Khi nơi làm việc thay đổi, hãy dừng lại và kiểm tra lại.

friends-offer-pressure-hour = Chỗ của em đã sẵn sàng: sáng mai bay. Em xác nhận trong vòng một tiếng, nếu không chỗ này sẽ dành cho người tiếp theo.
friends-offer-pressure-contract = Hợp đồng thì em ký ở văn phòng. Mọi thứ vẫn đúng như bên chị đã nói.
friends-offer-pressure-quiet = Với lại đừng kể cho nhiều người biết. Có người ganh tị rồi sinh chuyện.
friends-offer-pressure-go = Xác nhận, rồi xếp hành lý.
    .feedback = Một tiếng để quyết định, không có hợp đồng bằng văn bản, và "đừng kể cho ai": mỗi điều đều ngăn bạn kiểm tra hay hỏi ý kiến người khác. Cách này hiệu quả nhất khi bạn đã trả tiền hoặc đã hứa.
friends-offer-pressure-wait = "Không có hợp đồng bằng văn bản thì em không đi." Rồi nhắn cho { $friend } hỏi chuyện thật sự là thế nào.
    .feedback = Bạn đã không để mình bị hối thúc. Một lời mời thật vẫn còn nguyên sau một ngày kiểm tra, và luôn đi kèm hợp đồng bằng văn bản. Bị dặn phải giữ bí mật là thêm một dấu hiệu cảnh báo.
friends-offer-pressure-call-other = Gọi lại cho { $other } trước khi trả lời
    .feedback = Kể cho người mình tin là một trong những cách tự bảo vệ tốt nhất. Sự hối thúc, việc không có hợp đồng và sự bí mật hoàn toàn ngược với cách { $other } đã có được công việc của mình.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3 giờ 12 sáng) Ông ơi làm ơn. Cứ sang đi mà.
    .discuss = Bạn để ý thấy gì trong những tin nhắn này? Điều gì có thể đang xảy ra với anh ấy?
friends-offer-ask-friend-slip = Nếu mình dẫn thêm hai người nữa, họ nói mình sẽ được
friends-offer-ask-friend-deleted = Tin nhắn này đã bị xóa.
friends-offer-ask-friend-again = Xin lỗi. Ở đây mọi thứ ổn cả. Mai sang nha?
friends-offer-ask-friend-gently = Nhẹ nhàng hỏi anh ấy: "Ông có ổn không? Nếu muốn thì ông có rời khỏi đó được không?"
    .feedback = Một câu hỏi bình tĩnh, tử tế, không trách móc, là câu dễ nhận được câu trả lời thật lòng nhất.
friends-offer-ask-friend-block = Chặn anh ấy. Bạn sẽ không đi.
    .feedback = Tự bảo vệ mình là đúng. Nhưng hãy nhìn lại: tin nhắn lúc nửa đêm, câu nói bị bỏ dở, dòng tin bị xóa. Những người bị giữ trong khu lừa đảo thường bị ép phải dụ dỗ bạn bè và người thân. Có thể anh ấy cũng là nạn nhân.
friends-offer-ask-friend-block-report = Chặn anh ấy, và báo { $hr } cùng khoản phí bạn đã trả cho cơ quan quản lý lao động ngoài nước
    .feedback = Báo khoản phí giúp ngăn chặn bọn tuyển người, và việc bạn đã trả tiền không phải lỗi của bạn. Nhưng hãy nhìn lại tin nhắn của { $friend }: những người bị giữ trong khu lừa đảo thường bị ép phải tuyển thêm người. Có thể anh ấy cũng là nạn nhân.

friends-offer-truth-quick = Không nói lâu được. Họ kiểm tra điện thoại tụi mình.
friends-offer-truth-passport = Lúc mới sang họ lấy hộ chiếu của mình. Họ nói mình nợ họ tiền chuyến đi.
friends-offer-truth-recruit = Họ bắt tụi mình dẫn người mới về. Mình xin lỗi. Mình không muốn vậy.
friends-offer-truth-mother = Đừng sang. Làm ơn báo cho mẹ mình.
friends-offer-truth-embassy = Gọi cho đại sứ quán nước bạn và đường dây nóng quốc gia chống mua bán người, và báo cho gia đình anh ấy
    .feedback = Đây đúng là những người cần tìm: đại sứ quán, đường dây nóng quốc gia, các tổ chức hỗ trợ đáng tin cậy, và gia đình anh ấy. Hãy cho họ biết anh ấy đang ở đâu, số điện thoại và tên công ty. Không có chuyện gì trong đây là lỗi của anh ấy: anh ấy đã bị mua bán và bị ép phải tuyển người.
friends-offer-truth-post = Đăng tin nhắn của anh ấy lên Facebook, để vạch mặt công ty và cảnh báo mọi người
    .feedback = Muốn cảnh báo người khác là điều tốt. Nhưng bọn cầm đầu có thể nhìn thấy bài đăng công khai, và anh ấy sẽ gặp nguy hiểm. Hãy lặng lẽ gửi thông tin cho đại sứ quán hoặc đường dây nóng trước.

friends-offer-careful = Bạn bắt đầu viết bài, rồi dừng lại và gọi cho đường dây nóng quốc gia chống mua bán người trước. Chị nhân viên ở đó đề nghị bạn đừng đăng: nếu bọn cầm đầu thấy, { $friend } có thể bị trừng phạt. Chị ghi lại vị trí, số điện thoại của anh ấy và tên công ty, rồi chuyển cho đại sứ quán. "Bạn gọi là đúng rồi," chị nói.

## The other friend, the agency, and the genuine job

friends-offer-advice-careful = Chào ông! May mà ông hỏi mình trước. Cẩn thận nha, giờ nhiều việc làm giả lắm.
friends-offer-advice-mine = Mình làm ở { $real-job }. Mình có việc này qua một công ty môi giới có giấy phép, và mình đã tra công ty đó trong danh sách của nhà nước trước khi trả bất kỳ đồng nào.
friends-offer-advice-contract = Trước khi bay, mình được phỏng vấn qua video với chủ lao động, có hợp đồng bằng văn bản và visa lao động. Lương bình thường, không phải cao ngất, nhưng là thật.
friends-offer-advice-hiring = Công ty mình đang cần thêm người, qua cùng công ty môi giới đó. Ông muốn xem thông tin không? Nhưng cũng phải kiểm tra, theo đúng cách đó nha.
friends-offer-advice-check-job = Kiểm tra công ty môi giới và công việc của { $other } với cơ quan quản lý lao động ngoài nước
    .feedback = Kiểm tra theo cùng một cách với mọi lời mời, kể cả lời mời từ người bạn mà bạn tin. Đó là cách tìm ra những lời mời tốt.
friends-offer-advice-check-both = Nhờ { $other } giúp kiểm tra lời mời của { $friend } trước
    .feedback = Một người bạn biết con đường hợp pháp có thể giúp bạn hỏi đúng câu hỏi.
friends-offer-advice-thanks = Cảm ơn { $other }. Bạn chưa sẵn sàng ra nước ngoài.
    .feedback = Đó là quyền của bạn. Khi bạn sẵn sàng, bạn biết cách kiểm tra một lời mời: giấy phép của công ty môi giới, tên chủ lao động, hợp đồng, visa lao động.

friends-offer-agency-check = Bạn gọi đường dây nóng của cơ quan quản lý lao động ngoài nước. { $company } không có giấy phép tuyển người lao động từ nước bạn, và không có công việc nào như vậy được phê duyệt. "Những lời mời kiểu này, đi Thái Lan, thường kết thúc bên kia biên giới ở Myanmar, trong các khu lừa đảo," cán bộ nói. "Bạn có biết ai đã đi không?"
    .discuss = Làm sao để bạn tìm được cơ quan quản lý lao động ngoài nước của nước mình?
friends-offer-agency-check-ask-friend-ok = Nghĩ đến { $friend }. Nhắn hỏi anh ấy thật sự đang thế nào.
friends-offer-agency-check-ask-other = Hỏi ý kiến { $other }, người đang làm việc ở nước ngoài một cách hợp pháp
friends-offer-agency-check-other-job = Nhờ cán bộ kiểm tra luôn công ty môi giới và công việc của { $other }
friends-offer-agency-check-walk-away = Từ chối lời mời của { $friend }, và dừng ở đó

friends-offer-genuine-check = Cán bộ kiểm tra công ty môi giới của { $other }: có giấy phép, và có trong danh sách của nhà nước. Công việc ở { $real-job } đã được phê duyệt, có tên chủ lao động, hợp đồng bằng văn bản, visa lao động, và chỉ thu khoản phí hợp pháp, có biên lai chính thức. Lương bình thường so với công việc. "Công việc này là thật," chị ấy nói.
friends-offer-genuine-check-apply = Nộp đơn xin việc qua công ty môi giới của { $other }
    .feedback = Lời mời của { $friend } là lương cao cho việc dễ mà không cần kinh nghiệm: đó là mồi nhử. Công việc này trả lương bình thường cho việc làm thật, và mọi thứ đều kiểm tra được.
friends-offer-genuine-check-friend-instead = Lời mời của { $friend } nghe hay hơn: làm văn phòng nhẹ nhàng, có máy lạnh, ${ $salary } một tháng. Chọn lời mời của anh ấy.
    .feedback = Lương cao cho việc dễ, không cần kinh nghiệm chính là mồi nhử, và nó hấp dẫn nhất khi đang túng tiền. Công việc của { $other } vất vả hơn, nhưng có những thứ mà lời mời kia thiếu: công ty môi giới có giấy phép, hợp đồng và visa lao động.
friends-offer-genuine-check-worry-friend = Trước hết, nhắn cho { $friend } và nhẹ nhàng hỏi anh ấy thật sự đang thế nào

## Endings

friends-offer-end-walk-away = Bạn ở lại nhà. Từ chối { $friend }, hay từ chối một mức lương như vậy, đều không dễ. Một tuần sau, tài khoản của { $hr } biến mất. Bạn vẫn nghĩ về { $friend }. Nếu anh ấy nhắn lại, bạn biết ai có thể giúp anh ấy: đại sứ quán, đường dây nóng quốc gia, gia đình anh ấy.
friends-offer-end-trafficked = Bạn bay sang Thái Lan. Một tài xế đưa bạn đến Mae Sot rồi, trong đêm, đưa bạn qua sông sang Myawaddy. Ở cổng một khu có tường bao quanh, hộ chiếu và điện thoại của bạn bị lấy đi "để giữ giùm". Đây là kế hoạch của bọn tội phạm: không phải lỗi của bạn, và cũng không phải lỗi của { $friend }. Vẫn có người thoát ra được, nhờ sự giúp đỡ của đại sứ quán, đường dây nóng và gia đình.
friends-offer-end-helped = Đại sứ quán đã chuyển tên và vị trí của { $friend } cho những người đang tìm cách đưa công dân nước mình ra. Mất nhiều tuần. Rồi mẹ anh ấy gọi cho bạn: anh ấy đã ra được, đang ở nhà tạm lánh, chờ giấy tờ để bay về nhà. "Họ đối xử với nó như một nạn nhân, không phải tội phạm," bà nói. "Vì nó đúng là như vậy."
friends-offer-end-genuine = Bạn nộp đơn qua công ty môi giới của { $other }. Buổi phỏng vấn là cuộc gọi video với chủ lao động thật, hợp đồng được viết thành văn bản, và visa lao động có trước chuyến bay. Giờ bạn làm việc ở { $real-job }. Công việc vất vả, lương đàng hoàng, và gia đình bạn biết chính xác bạn đang ở đâu.
