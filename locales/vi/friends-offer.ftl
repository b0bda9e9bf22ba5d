# Machine-drafted translation: needs review by a native speaker.
friends-offer-title = Lời mời của người bạn
friends-offer-summary = Một người bạn cũ đang làm việc ở nước ngoài gửi cho bạn những tấm ảnh về một cuộc sống sung túc, và ngỏ ý xin việc giúp bạn.
friends-offer-content-note = Câu chuyện này có nhắc đến nạn mua bán người và những người bị giữ lại trái với ý muốn của họ. Không có cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

friends-offer-character-friend = { $friend } ({ $bond } của bạn)
friends-offer-character-group = Team { $city } (nhóm chat)
friends-offer-character-hr = { $hr }, phòng Nhân sự, { $company }
friends-offer-character-other = { $other }
friends-offer-character-hotline = Đường dây nóng của cơ quan quản lý lao động ngoài nước

## Variables

friends-offer-you-ramon = Ramon, tài xế giao hàng ở Quezon City, Philippines
friends-offer-you-maricel = Maricel, công nhân nhà máy ở Laguna, Philippines
friends-offer-you-budi = Budi, công nhân xây dựng ở Bandung, Indonesia
friends-offer-you-siti = Siti, nhân viên bán hàng ở Surabaya, Indonesia
friends-offer-you-tuan = Tuấn, công nhân xây dựng ở Đà Nẵng, Việt Nam
friends-offer-you-thu = Thu, công nhân may ở Hải Phòng, Việt Nam
friends-offer-you-kiran = Kiran, tài xế giao hàng ở Kathmandu, Nepal
friends-offer-you-nuwan = Nuwan, công nhân xây dựng ở Kandy, Sri Lanka
friends-offer-you-anjali = Anjali, thợ làm đẹp ở Pune, Ấn Độ
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

friends-offer-member-joy = Joy
friends-offer-member-dewi = Dewi
friends-offer-member-mai = Mai

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

friends-offer-photos-hey = Ê!! Lâu quá rồi! Dạo này sao rồi?
    .discuss = Vì sao lời mời từ người quen lại có vẻ an toàn hơn từ người lạ?
friends-offer-photos-photo = (Ảnh: { $friend } bên hồ bơi trên sân thượng vào ban đêm, sau lưng là ánh đèn thành phố, tay cầm một chiếc điện thoại mới.)
friends-offer-photos-life = Cuộc sống ở { $city } ổn lắm. ${ $salary } một tháng, phòng miễn phí. Làm văn phòng, có máy lạnh!
friends-offer-photos-offer = Công ty mình đang cần thêm người. Mình kể với sếp về ông rồi. Ông muốn không? Mình giúp cho.
friends-offer-photos-sounds-great = "Muốn chứ! Ông nói tốt thì mình tin. Làm sao để vào làm?"
    .feedback = Lời mời từ người quen có cảm giác an toàn, và chính vì thế bọn tuyển người hay dùng bạn bè và người thân. Bạn của bạn có thể tin thật, hoặc chính anh ấy cũng đang bị ép. Lời anh ấy nói không thay được việc kiểm tra.
friends-offer-photos-ask-proof = Mừng cho anh ấy, và hỏi tên công ty để tự mình kiểm tra
    .feedback = Bạn có thể tin bạn mình mà vẫn kiểm tra công việc. Bọn tuyển người dùng bạn bè vì khi đã tin nhau thì người ta bỏ qua các câu hỏi. Việc làm thật thì vẫn còn đó sau khi bạn kiểm tra.
friends-offer-photos-ask-family = Hỏi mẹ anh ấy trước xem thật sự ở bên đó anh ấy thế nào
    .feedback = Một suy nghĩ tử tế. Bà nói anh ấy gửi tiền về và có vẻ bận. Nhưng gia đình chỉ biết những gì anh ấy kể, hoặc những gì anh ấy được phép kể. Thứ cần kiểm tra vẫn là công việc.

friends-offer-details-company = Công ty tên là { $company }. Chăm sóc khách hàng cho các cửa hàng online. Dễ lắm, chỉ nhắn tin với khách thôi.
friends-offer-details-training = Không kinh nghiệm cũng không sao, họ dạy hết. Hồi đó tiếng Anh của mình cũng dở lắm!
friends-offer-details-group = Năm người ở quê mình đi cùng chuyến bay, ngày 14. { $member } cùng xóm cũng đi! Để mình thêm vào nhóm.
friends-offer-details-hr = Chị bên Nhân sự, chị { $hr }, sẽ nhắn cho ông. Chị ấy dễ thương lắm.

## The group from home, leaving together

friends-offer-group-welcome = Điều phối viên: Chào mừng đến Team { $city }!! Ngày 14 mình bay cùng nhau 🎉
    .discuss = Một nhóm chat như thế này ảnh hưởng thế nào đến cách một người quyết định?
friends-offer-group-paid = { $member }: Hôm nay mình đóng tiền giữ chỗ rồi!! Háo hức quá, gặp nhau ở sân bay nhé 😍
friends-offer-group-seats = Điều phối viên: Chuyến bay nhóm chỉ còn 2 ghế. Ai nghiêm túc thì xác nhận hôm nay.
friends-offer-group-hr = Điều phối viên: Chị { $hr } bên nhân sự sẽ phỏng vấn mọi người. Dễ lắm!
friends-offer-group-join-in = Gửi lời chào vui vẻ. Mọi người đi thì mình cũng đi.
    .feedback = Một nhóm cùng đi mang lại cảm giác an toàn: người quen, cùng chuyến bay, cùng kế hoạch. Vì thế kẻ tuyển người lập ra nhóm. "Chỉ còn hai ghế" là để bạn quyết trước khi kiểm tra, và trong nhóm cũng chưa ai thấy hợp đồng.
friends-offer-group-ask-group = Hỏi cả nhóm: "Có ai thấy hợp đồng chưa, hay đã kiểm tra công ty chưa?"
    .feedback = Một câu hỏi chính đáng, và khó hỏi trong một nhóm đang vui. Hạn chót và đám đông chính là thứ khiến người ta thôi kiểm tra. Hãy xem ai trả lời, và trả lời thế nào.
friends-offer-group-call-other = Trước khi trả lời ai, gọi cho { $other }, người đang làm việc ở nước ngoài hợp pháp
    .feedback = Ý hay. Lời của bạn bè và một nhóm vui vẻ không phải là kiểm tra. Người đã đi qua công ty môi giới được cấp phép biết quy trình thật trông thế nào.

friends-offer-group-reply-contract = { $member }: Hợp đồng ở văn phòng, ai cũng nói vậy.
friends-offer-group-reply-negative = Điều phối viên: Đừng có năng lượng tiêu cực trong nhóm nha 😅 { $friend } ở bên đó rồi và anh ấy vui lắm.
friends-offer-group-reply-hr = Điều phối viên: Chị { $hr } sẽ trả lời câu hỏi của bạn. Chị ấy đang nhắn cho bạn đấy.

## The friendly HR lady

friends-offer-hr-chat-hello = Chào em! Chị là { $hr } bên phòng Nhân sự. { $friend } kể với bên chị nhiều điều tốt về em lắm.
friends-offer-hr-chat-patient = Có gì thắc mắc em cứ hỏi chị bất cứ lúc nào nha. Không vội đâu.
friends-offer-hr-chat-interview = Phỏng vấn dễ thôi, ngay đây trong đoạn chat. Em giới thiệu về bản thân, rồi làm một bài kiểm tra đánh máy ngắn.
friends-offer-hr-chat-test = Em gõ đoạn này rồi gửi cho chị nha: "Chào anh yêu, hôm nay của anh thế nào? Em vui lắm khi được nói chuyện với anh."
friends-offer-hr-chat-do-test = Trả lời các câu hỏi của chị ấy và làm bài kiểm tra đánh máy
    .feedback = Nhắn tin và làm bài kiểm tra đánh máy không phải là một buổi phỏng vấn thật. Chúng chỉ kiểm tra xem bạn có nhắn tin và đánh máy bằng tiếng Anh được không, đúng kỹ năng mà khu lừa đảo cần. Hãy nhìn những câu họ bắt bạn gõ.
friends-offer-hr-chat-ask-call = "Em gọi video với quản lý được không chị, và em xem hợp đồng trước được không?"
    .feedback = Chủ lao động thật sẽ nói chuyện trực tiếp với bạn và cho bạn xem hợp đồng. "Phỏng vấn" chỉ qua tin nhắn giấu kín chủ lao động. Gọi video có ích, nhưng có thể bị làm giả, nên hãy kiểm tra thêm chủ lao động qua các kênh chính thức.
friends-offer-hr-chat-screenshot = Làm bài kiểm tra, và chụp màn hình toàn bộ đoạn chat, phòng khi cần
    .feedback = Giữ lại bằng chứng là khôn ngoan, và có thể quan trọng về sau. Nhưng dấu hiệu cảnh báo chính là buổi phỏng vấn: một đoạn chat và bài kiểm tra gõ phím, với những câu nghe như tán tỉnh người lạ. Đó là kỹ năng một trại lừa đảo cần.

friends-offer-hr-dodge-sure = Tất nhiên rồi, chị hiểu mà. Em cẩn thận vậy là tốt!
friends-offer-hr-dodge-later = Quản lý đang ở chi nhánh khác. Làm hồ sơ xong anh ấy sẽ gọi cho em. Hợp đồng thì em ký khi đến nơi, nhân viên nào cũng vậy.
friends-offer-hr-dodge-proof = Bạn của em ở đây vui lắm, và cả nhóm của em đều đi. Em tin bọn chị được mà.
friends-offer-hr-dodge-fine = "Dạ được. Em xin lỗi vì hỏi nhiều quá." Làm bài kiểm tra.
    .feedback = Thân thiện và kiên nhẫn, nhưng vẫn không có hợp đồng, không có quản lý. Tử tế thì họ chẳng tốn gì. "Ký khi đến nơi" nghĩa là ký ở nơi xa nhà, khi bạn không còn từ chối được nữa.
friends-offer-hr-dodge-check = "Em sẽ đợi hợp đồng bằng văn bản, và kiểm tra với cơ quan quản lý lao động ngoài nước của nước em."
    .feedback = Tốt. Đừng bao giờ đồng ý đi khi chưa có hợp đồng bằng văn bản ghi rõ chủ lao động, công việc, nơi làm việc và mức lương. Một lời mời thật có thể đợi bạn kiểm tra.
friends-offer-hr-dodge-leave = Lặng lẽ rời nhóm, và thôi trả lời
    .feedback = Bạn có thể từ chối một lời mời mà bạn không kiểm tra được. Nó có cái giá: cả nhóm sẽ bàn tán, và { $friend } có thể buồn. Bạn không nợ ai lời giải thích.

friends-offer-fee-passed = Chúc mừng em, em đậu rồi!
    .discuss = Vì sao khoản phí lại đến ngay sau tin vui? Một khi đã trả tiền, người ta cảm thấy mình còn làm được gì tiếp theo?
friends-offer-fee-fee = Tiền visa và vé máy bay thì có một khoản phí làm hồ sơ: ${ $fee }. Bên chị sẽ trả lại cho em từ tháng lương đầu tiên.
friends-offer-fee-friday = Em gửi trước thứ Sáu nhé, để bọn chị đặt ghế cho em trên chuyến bay nhóm. Đây là số tài khoản.
friends-offer-fee-pay = Vay tiền và chuyển đi. Tháng lương đầu sẽ được trả lại.
    .feedback = Một khi đã trả tiền, bỏ đi nghĩa là mất tiền, nên bạn cứ đi tiếp. Việc làm thật ở nước ngoài chỉ thu những khoản phí pháp luật cho phép, có biên lai chính thức, và không bao giờ bắt chuyển vào tài khoản của một cá nhân.
friends-offer-fee-refuse = "Chủ lao động thật không bắt em trả tiền để được tuyển. Em không trả đâu."
    .feedback = Đúng vậy. "Phí làm hồ sơ" phải trả trước, chuyển cho một cá nhân, là một dấu hiệu cảnh báo. Hãy hỏi cơ quan quản lý lao động ngoài nước những khoản phí nào là hợp pháp, và chỉ trả khi có biên lai chính thức.
friends-offer-fee-ask-agency = Nói rằng bạn sẽ trả khi cơ quan quản lý lao động xác nhận khoản phí hợp pháp, rồi gọi cho họ
    .feedback = Cách kiểm tra mà không cần cãi nhau. Cơ quan biết khoản phí nào hợp pháp cho việc làm ở nước ngoài, và phí được trả kèm biên lai chính thức, không bao giờ vào tài khoản cá nhân.

friends-offer-friend-push-heard = Chị { $hr } bảo mày không muốn trả tiền à?
friends-offer-friend-push-paid = Hồi mới sang mình cũng trả mà. Lấy lại nhanh lắm, mình hứa.
friends-offer-friend-push-half = Nghe này, tao đã gửi một nửa cho mày rồi. Đừng làm tao mất mặt với sếp.
friends-offer-friend-push-accept = Đồng ý. Anh ấy đã trả một nửa cho bạn rồi. Sao mà từ chối được?
    .feedback = Thật khó từ chối người tốt với mình, và có thể anh ấy thật lòng. Nhưng lời nói và tiền của anh ấy không làm công việc thành thật. Có thể anh ấy cũng đang bị chính những kẻ đó ép.
friends-offer-friend-push-ask-other = Trước khi trả lời, hỏi ý kiến người bạn { $other }, người đang làm việc ở nước ngoài một cách hợp pháp
    .feedback = Ý hay. Người đã ra nước ngoài qua công ty môi giới có giấy phép biết quy trình thật trông như thế nào. Tin bạn bè là chuyện bình thường; kiểm tra lại những gì bạn nói thì khôn ngoan hơn.
friends-offer-friend-push-say-no = "Cảm ơn, thật đấy. Nhưng mình không đi được. Để sau nhé."
    .feedback = Từ chối nhẹ nhàng là đủ. Bạn không cần chứng minh công việc là giả để ở nhà.

## Said no, and the money he "advanced"

friends-offer-repay-boss = (Hai ngày sau, 2 giờ 40 sáng) Họ nói tao phải trả lại số tiền tao gửi cho mày. Hôm nay.
    .discuss = Thật ra ai đang đòi số tiền này? Có thể làm gì mà không khiến ai gặp nguy hiểm hơn?
friends-offer-repay-debt = Không thì họ cộng vào nợ của tao. Làm ơn. Tao không đùa đâu.
friends-offer-repay-watching = Họ đang đứng đây lúc tao viết tin này.
friends-offer-repay-send = Gửi những gì bạn có. Bạn không thể bỏ mặc anh ấy như vậy.
    .feedback = Bạn trả tiền để bảo vệ người mình thương, khi có người đang đứng canh anh ấy. Đó không phải sai lầm: lời đe dọa này được dựng lên để khiến người ta làm đúng như thế, và đó không phải lỗi của bạn. Những lần đòi có thể quay lại. Hãy giữ mọi tin nhắn, và báo cho đường dây nóng quốc gia chống mua bán người cùng đại sứ quán của bạn những gì anh ấy viết.
friends-offer-repay-hotline = Khoan gửi. Gọi đường dây nóng quốc gia chống mua bán người, kèm mọi tin nhắn anh ấy đã viết
    .feedback = Một lựa chọn khó, dưới sự đe dọa, không có phương án nào tốt. Đường dây nóng có thể chuyển vị trí và tin nhắn của anh ấy cho đại sứ quán, và chỉ bạn cách trả lời mà không khiến anh ấy nguy hiểm hơn. Dù bạn chọn gì ở đây, đó không phải lỗi của bạn.

## The group flight, and the script for the airport

friends-offer-pressure-booked = Điều phối viên: Chuyến bay nhóm ngày 14! Ghế đã giữ cho tất cả ai đã đóng tiền. Danh sách cuối tối nay.
    .discuss = Vì sao một nhà tuyển dụng thật lại cần nhân viên mới giả vờ không quen nhau?
friends-offer-pressure-airport = Ở sân bay, đừng đứng chung. Nếu xuất nhập cảnh hỏi, các bạn đi du lịch, và không quen nhau.
friends-offer-pressure-contract = Hợp đồng thì em ký ở văn phòng. Mọi thứ vẫn đúng như bên chị đã nói.
friends-offer-pressure-quiet = Với lại đừng kể cho nhiều người biết. Có người ganh tị rồi sinh chuyện.
friends-offer-pressure-go = Nói là bạn đi, và xếp hành lý.
    .feedback = Một lời nói dối với xuất nhập cảnh, không có hợp đồng bằng văn bản, và "đừng kể với ai": mỗi điều đều ngăn ai đó kiểm tra hoặc giúp đỡ. Cán bộ hỏi để nhận ra những người đang bị mua bán. Một công việc thật không bao giờ cần bạn nói dối họ.
friends-offer-pressure-wait = "Không đi nếu không có hợp đồng bằng văn bản, và không nói dối ở sân bay." Rồi nhắn cho { $friend } hỏi chuyện gì đang thật sự xảy ra.
    .feedback = Bạn đã nhận ra. Bị dặn phải nói gì với xuất nhập cảnh, và giả vờ không quen những người khác, là dấu hiệu cảnh báo nghiêm trọng: sự thật sẽ chặn chuyến đi. Hãy giữ lại tin nhắn.
friends-offer-pressure-ask-group = Viết vào nhóm: "Sao một công việc thật lại cần tụi mình nói dối ở sân bay?"
    .feedback = Bạn hỏi câu mà ai cũng né. Một phút sau điều phối viên xóa bạn khỏi nhóm. Bị bảo nói dối xuất nhập cảnh là dấu hiệu cảnh báo nghiêm trọng, và một nhóm có thể khiến người ta không dám nói ra.

## The friend's slip, and the truth

friends-offer-ask-friend-late = (3 giờ 12 sáng) Làm ơn. Cứ qua đi.
    .discuss = Bạn nhận thấy gì trong những tin nhắn này? Điều gì có thể đang xảy ra với anh ấy?
friends-offer-ask-friend-slip = Nếu mình dẫn thêm hai người nữa, họ nói mình sẽ được
friends-offer-ask-friend-deleted = Tin nhắn này đã bị xóa.
friends-offer-ask-friend-again = Xin lỗi. Ở đây mọi thứ ổn. Ngày 14 qua nhé?
friends-offer-ask-friend-gently = Nhẹ nhàng hỏi anh ấy: "Ông có ổn không? Nếu muốn thì ông có rời khỏi đó được không?"
    .feedback = Một câu hỏi bình tĩnh, tử tế, không trách móc, là câu dễ nhận được câu trả lời thật lòng nhất.
friends-offer-ask-friend-screenshot = Chụp màn hình mọi thứ trước khi bị xóa thêm, rồi nhẹ nhàng hỏi anh ấy có ổn không
    .feedback = Giữ lại những gì anh ấy viết có thể giúp anh ấy về sau: giờ giấc, câu bị cắt, tin nhắn bị xóa. Rồi một câu hỏi bình tĩnh, tử tế, không trách móc, là câu dễ nhận được câu trả lời thật nhất.
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
    .feedback = Muốn cảnh báo người khác là điều tốt, và những người trong nhóm cần biết. Nhưng một bài đăng công khai có thể bị bọn cầm đầu nhìn thấy và đẩy anh ấy vào nguy hiểm. Hãy lặng lẽ gửi thông tin cho đại sứ quán hoặc đường dây nóng trước, và báo cho từng người trong nhóm.
friends-offer-truth-his-mother = Đến gặp mẹ anh ấy trước, như anh ấy xin, rồi cùng gọi đường dây nóng
    .feedback = Anh ấy nhờ bạn báo cho bà, và gia đình là một trong những con đường giúp được. Cùng nhau, bạn có thể đưa đường dây nóng và đại sứ quán những gì họ cần: anh ấy ở đâu, số điện thoại, tên công ty. Không điều gì trong đây là lỗi của anh ấy.

friends-offer-posted = Bạn đăng ảnh chụp màn hình kèm tên công ty. Trong một giờ, hàng trăm lượt chia sẻ; { $member } nhắn rằng cô ấy không đi nữa. Rồi tin nhắn của { $friend } ngừng hẳn. Hôm sau, một nhân viên đường dây nóng quốc gia đề nghị bạn gỡ bài: nếu bọn cầm đầu thấy, anh ấy có thể bị phạt hoặc bị chuyển đi. Bạn gỡ bài, và đưa chị ấy mọi thứ anh ấy đã viết.

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

friends-offer-genuine-check = Cán bộ kiểm tra công ty môi giới của { $other }: có giấy phép, và có trong danh sách của nhà nước. Công việc ở { $real-job } đã được duyệt, có nhà tuyển dụng rõ tên, hợp đồng bằng văn bản, visa lao động, và chỉ khoản phí hợp pháp, có biên lai chính thức. Lương bình thường so với công việc, và đợt tiếp theo xuất cảnh sau bốn tháng. "Cái này là thật," chị nói.
friends-offer-genuine-check-apply = Nộp đơn qua công ty môi giới của { $other }
    .feedback = Lời mời của { $friend } là lương cao cho việc dễ, không cần kinh nghiệm: đó là mồi nhử. Công việc này trả lương bình thường cho việc thật, phải chờ bốn tháng và đóng phí, và mọi phần của nó đều kiểm tra được.
friends-offer-genuine-check-friend-instead = Lời mời của { $friend } nghe hay hơn: việc văn phòng nhẹ, máy lạnh, ${ $salary } một tháng, và cả nhóm bay ngày 14. Đi theo anh ấy.
    .feedback = Lương cao cho việc dễ không cần kinh nghiệm chính là mồi nhử, và nó kéo mạnh nhất khi túi tiền eo hẹp và bạn bè đang đi. Việc của { $other } vất vả và chậm hơn, nhưng có những gì việc kia thiếu: công ty môi giới được cấp phép, hợp đồng và visa lao động.
friends-offer-genuine-check-worry-friend = Trước hết, nhắn cho { $friend } và nhẹ nhàng hỏi anh ấy thật sự đang thế nào

## Endings

friends-offer-end-walk-away = Bạn ở nhà. Không dễ gì từ chối { $friend }, hay một mức lương như thế, hay nhìn cả nhóm chuẩn bị mà không có mình. Một tuần sau, tài khoản của { $hr } biến mất. Bạn vẫn nghĩ về { $friend }. Nếu anh ấy nhắn lại, bạn biết ai có thể giúp anh ấy: đại sứ quán, đường dây nóng quốc gia, gia đình anh ấy.
friends-offer-end-trafficked = Bạn bay cùng nhóm và nói "đi du lịch" ở cửa xuất nhập cảnh, như đã được dặn. Ở { $city }, một chiếc xe van chở sáu người đi hàng giờ, tới một khu có tường bao bên kia biên giới. Hộ chiếu và điện thoại của các bạn bị thu "để giữ giùm". Đây là kế hoạch của bọn tội phạm: không phải lỗi của bạn, và không phải của { $friend }. Người ta vẫn thoát ra được, nhờ đại sứ quán, đường dây nóng và gia đình.
friends-offer-end-helped = Đại sứ quán đã chuyển tên và vị trí của { $friend } cho những người đang tìm cách đưa công dân nước mình ra. Mất nhiều tuần. Rồi mẹ anh ấy gọi cho bạn: anh ấy đã ra được, đang ở nhà tạm lánh, chờ giấy tờ để bay về nhà. "Họ đối xử với nó như một nạn nhân, không phải tội phạm," bà nói. "Vì nó đúng là như vậy."
friends-offer-end-posted = Nhóm không bay ngày 14, và không còn ai trong xóm bạn đóng tiền. Đó là nhờ bài đăng của bạn. Nhưng { $friend } không nhắn lại nữa. Đường dây nóng đã chuyển thông tin của anh ấy cho đại sứ quán, và nhiều tuần sau vẫn chưa có tin. Muốn cảnh báo mọi người là đúng; đi đường lặng lẽ trước thì an toàn hơn cho người còn ở bên trong. Không biết gì là một trong những điều khó nhất, và đó không phải lỗi của bạn.
friends-offer-end-paid = Bạn gửi những gì mình có. Hai tuần sau, lời đòi y hệt lại đến, nhiều hơn. Bạn đã làm đúng điều lời đe dọa được dựng lên để ép bạn làm, để bảo vệ người mình thương: đó không phải lỗi của bạn, và việc bạn từ chối công việc không vô ích. Bạn giữ mọi tin nhắn, và đường dây nóng quốc gia cùng đại sứ quán giờ đã có số của { $friend }, tài khoản bạn đã chuyển tiền và tên công ty. Trả thêm sẽ không mua được tự do cho anh ấy; báo cho họ thì có thể giúp.
friends-offer-end-genuine = Bạn nộp đơn qua công ty môi giới của { $other }. Buổi phỏng vấn là cuộc gọi video với chủ lao động thật, hợp đồng được viết thành văn bản, và visa lao động có trước chuyến bay. Giờ bạn làm việc ở { $real-job }. Công việc vất vả, lương đàng hoàng, và gia đình bạn biết chính xác bạn đang ở đâu.
