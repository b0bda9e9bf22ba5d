# Machine-drafted translation: needs review by a native speaker.
inside-title = Bên trong khu lừa đảo
inside-summary = Bạn bị giam trong một khu lừa đảo và bị ép làm việc. Bạn có thể tin ai, và làm sao để đưa tin ra ngoài một cách an toàn?
inside-content-note = Câu chuyện này diễn ra bên trong một khu lừa đảo. Câu chuyện có nhắc đến lời đe dọa, một "phòng phạt" và việc đòi tiền chuộc, nhưng không mô tả cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

inside-character-leader = Trưởng nhóm
inside-character-target = { $target }
inside-character-embassy = Đường dây khẩn cấp của đại sứ quán
inside-character-relative = Người nhà ({ $relative })

## Variables

inside-who-wei-ling = Wei Ling, cử nhân kinh doanh người Malaysia, nói được tiếng Trung
inside-who-nuwan = Nuwan, một nhân viên công nghệ thông tin người Sri Lanka
inside-who-ayu = Ayu, một nhân viên lễ tân khách sạn người Indonesia
inside-who-samuel = Samuel, cử nhân ngành bán hàng người Ethiopia

inside-place-myawaddy = Myawaddy, Myanmar
inside-place-sihanoukville = Sihanoukville, Campuchia
inside-place-golden-triangle = vùng Tam Giác Vàng, Lào

inside-coworker-min = Min
inside-coworker-joy = Joy
inside-coworker-ravi = Ravi
inside-coworker-dina = Dina

inside-target-margaret = Margaret
inside-target-david = David
inside-target-helen = Helen
inside-target-kenji = Kenji

inside-relative-sister = chị gái
inside-relative-brother = anh trai
inside-relative-mother = mẹ
inside-relative-uncle = chú

## The first days

inside-start-who = Bạn là { $who }. Hai tháng trước, bạn đã ứng tuyển theo một tin tuyển dụng trên mạng cho công việc chăm sóc khách hàng ở nước ngoài.
    .discuss = Những người bị giam trong các khu này thường trẻ, có học và giỏi máy tính. Vì sao bọn cầm đầu lại muốn những người như vậy?
inside-start-compound = Giờ bạn sống và làm việc trong một khu ở { $place }. Tường cao có dây thép gai. Lính canh có vũ trang ở cổng. Camera ở mọi hành lang.
inside-start-taken = Ngay ngày đầu tiên, họ lấy hộ chiếu và điện thoại của bạn để "giữ giùm cho an toàn". Bạn được phát một chiếc điện thoại làm việc chứa đầy hồ sơ giả.

inside-boss-passport = Hộ chiếu để chỗ tôi giữ. An toàn. Hết hợp đồng thì trả lại.
    .discuss = Hộ chiếu, khoản nợ và chỉ tiêu cùng nhau giữ một người ở lại đây như thế nào?
inside-boss-debt = Em nợ công ty ${ $debt }. Vé máy bay, visa, tiền ăn, chỗ ngủ. Muốn đi à? Trả tiền trước đã.
inside-boss-quota = Ngày nào cũng phải có liên hệ mới, có tiền mới. Không đạt chỉ tiêu thì nộp phạt. Lại không đạt thì vào phòng phạt. Hoặc tôi bán em cho công ty khác.
inside-boss-try-pay = Gật đầu. Nếu làm chăm chỉ, biết đâu bạn trả hết nợ và được về nhà
    .feedback = Khoản nợ là bịa ra, và nó cứ tăng: tiền phạt khi không đạt chỉ tiêu, tiền ăn, các loại "phí". Nó được dựng lên để không bao giờ trả hết. Hy vọng làm việc để trả nợ là điều tự nhiên, và đó chính là điều họ muốn bạn nghĩ.
inside-boss-see-trap = Gật đầu, và nhẩm tính trong đầu: tiền phạt tăng nhanh hơn bất kỳ khoản lương nào
    .feedback = Đúng. Món nợ vì bị buôn bán không phải nợ thật: đó là sợi xích làm bằng con số, và chỉ tiêu cùng tiền phạt là ổ khóa. Thấy được điều đó, bạn sẽ tìm cách an toàn để đưa tin ra ngoài, chứ không tìm cách trả.

inside-call-phone = Sau một tuần, trưởng nhóm đưa lại điện thoại của chính bạn cho bạn dùng trong năm phút. Anh ta đứng sát bên cạnh.
    .discuss = Làm sao để báo cho gia đình biết một điều mà người đang nghe không nhận ra?
inside-call-listen = "Gọi cho gia đình. Nói là em ổn. Việc tốt, lương cao. Không nói gì khác."
inside-call-slip-place = Nói là bạn ổn. Rồi nhẹ nhàng nhắc thêm tên thị trấn, và rằng công ty đang "giữ hộ chiếu giùm"
    .feedback = Bạn đã hiểu vì sao họ lấy hộ chiếu và điện thoại: để cắt đứt liên lạc của bạn. Tên một thị trấn và câu "họ giữ hộ chiếu" cho gia đình biết rất nhiều. Chỉ chấp nhận những rủi ro mà bạn thấy an toàn.
inside-call-say-only = Nói đúng những gì anh ta muốn. Hôm nay liều thêm thì không an toàn
    .feedback = Giữ an toàn cho bản thân là một lý do chính đáng. Sẽ còn những cơ hội khác để đưa tin ra ngoài.
inside-call-believe = Nói vậy, và nửa tin nửa ngờ. Biết đâu họ giữ hộ chiếu giùm thật
    .feedback = "Giữ giùm cho an toàn" nghe có vẻ quan tâm, và vì thế nó hiệu quả. Hộ chiếu và điện thoại của bạn bị lấy đi để bạn không thể rời đi hay gọi cầu cứu. Chủ lao động thật không giữ thứ nào trong hai thứ đó.

## The desk

inside-desk-chat = Ở bàn làm việc, điện thoại làm việc hiện đoạn chat với { $target }, một người đã nghỉ hưu và sống một mình, ở rất xa. Suốt hai tuần, bạn đã nhắn tin trong vai một người không có thật.
    .discuss = Một người bị ép đi lừa người khác vẫn còn những lựa chọn nào?
inside-desk-script = Hôm nay kịch bản bảo: kể về một ứng dụng tiền ảo đã "làm bạn giàu lên". Rủ { $target } thử với một số tiền nhỏ.
inside-desk-behind = Bạn đang chậm chỉ tiêu. Trưởng nhóm đã đi ngang qua bàn bạn hai lần.
inside-desk-follow-script = Làm theo kịch bản. Không đạt chỉ tiêu là bị phạt tiền, hoặc tệ hơn
    .feedback = Bạn đã làm điều bạn bị ép phải làm, dưới sự đe dọa của tiền phạt và phòng phạt. Đó không phải lỗi của bạn: Liên Hợp Quốc gọi những người ở hoàn cảnh của bạn là nạn nhân, không phải tội phạm. Cái giá là có thật: { $target } bị kéo sâu hơn, và chỉ tiêu sẽ chỉ tăng lên.
inside-desk-slow-down = Giữ cuộc trò chuyện tử tế, nhưng tuyệt đối không nhắc đến tiền. Báo cáo "hôm nay chưa có tiến triển"
    .feedback = Làm ít hại nhất có thể là can đảm, và nó có cái giá: không đạt chỉ tiêu thì bị phạt và bị đe dọa. Dù bạn chọn gì ở đây, bạn đều chọn dưới sự đe dọa, và không điều gì trong đó là lỗi của bạn.
inside-desk-warn-target = Chấp nhận rủi ro: lặng lẽ dặn { $target } đừng bao giờ bỏ tiền vào ứng dụng do người quen trên mạng gợi ý
    .feedback = Các đoạn chat thường bị kiểm tra, nên đây là rủi ro thật. Nhưng một tin nhắn có thể cứu được cả số tiền dành dụm cả đời của một người.

inside-warn-why = Sao bạn lại nói với tôi chuyện này?
inside-warn-son = Con trai tôi bảo cuộc trò chuyện này lạ lắm. Cảm ơn bạn đã thành thật.
inside-warn-okay = Bạn có ổn không? Bạn cứ nói với tôi.
inside-warn-tell-truth = Nói thật với { $target }: bạn đang bị giam ở { $place }, và bạn cần ai đó liên hệ với đại sứ quán của nước bạn
    .feedback = Một rủi ro lớn, và có thể thành công: những người bị nhắm lừa đã từng giúp tìm ra những người bị giam bên trong. Chỉ đưa những gì cần thiết: tên bạn, nơi bạn đang ở, và chữ "đại sứ quán".
inside-warn-just-warn = Viết: "Xin hãy cẩn thận. Đừng bao giờ gửi tiền cho người quen trên mạng." Rồi xóa đoạn chat
    .feedback = Bạn đã bảo vệ { $target }, và cả bản thân mình. Lặng lẽ cảnh báo người mà bạn bị bắt phải lừa là một cách để chống lại.
inside-warn-how-it-began = Kể cho { $target } nghe chuyện bắt đầu thế nào: tin nhắn đầu tiên của bạn, "xin lỗi, nhầm số", là do kịch bản viết sẵn
    .feedback = Giờ { $target } biết nước đi đầu tiên, chứ không chỉ nước cuối. Một người lạ nhắn "nhầm" rồi cứ tiếp tục trò chuyện là cách nhiều vụ lừa như thế này bắt đầu, và các khu tổ hợp viết sẵn tin nhắn đó vào kịch bản. Đó là một rủi ro, và nó cũng có thể bảo vệ bạn bè của { $target }.

inside-end-target-helped = { $target } không gửi tiền. Con trai của { $target } đã trình báo cuộc trò chuyện, và viết thư cho đại sứ quán của bạn với tên bạn và nơi bạn bị giữ. Mất nhiều tuần, nhưng đại sứ quán đã tìm ra bạn và đưa bạn ra, rồi thêm nhiều tuần sàng lọc và làm giấy tờ trước khi bạn được bay về. Một tin nhắn trung thực đã giữ lại khoản tiết kiệm của { $target }, và giúp đưa bạn về nhà.

## The wall

inside-wall-plan = Đêm đó, hai người đàn ông cùng tầng thì thầm một kế hoạch: trèo qua hàng rào phía sau lúc quá nửa đêm. Họ rủ bạn đi cùng.
inside-wall-fence = Hàng rào cao ba mét, trên đỉnh có dây thép gai. Góc nào cũng có camera.
inside-wall-guards = Ban đêm, lính canh có vũ trang đi tuần dọc con đường bên ngoài.
inside-wall-climb = Đi cùng họ. Có khi đây là cơ hội duy nhất
    .feedback = Đã có người trèo qua hàng rào và tìm được sự giúp đỡ. Nhưng việc đó cũng rất nguy hiểm: tường, camera và lính gác có súng ở đó để ngăn lại, và người bị bắt lại sẽ bị trừng phạt. Cố gắng thoát ra không bao giờ là lỗi để bạn tự trách mình.
inside-wall-stay = Ở lại. Chúc họ may mắn, và tìm một cách an toàn hơn để đưa tin ra ngoài
    .feedback = Ở lại cũng là một lựa chọn dưới sự đe dọa, và nó có cái giá riêng: thêm những ngày bên trong. Sự giúp đỡ từ bên ngoài, từ đại sứ quán, một tổ chức phi chính phủ hay gia đình bạn, là cách nhiều người thoát ra.

inside-caught-back = Lính canh đã đợi sẵn ở hàng rào. Cả ba người bị đưa trở lại trước khi trời sáng.
inside-caught-room = Hai người đàn ông bị đưa vào phòng phạt. Trưởng nhóm bảo bạn rằng nếu chuyện này lặp lại thì bạn sẽ là người tiếp theo.
inside-caught-idea = Anh ta cộng thêm một khoản phạt vào nợ của bạn. Rồi anh ta nói có một ý hay hơn.

## Whom to trust

inside-offer-phone = Giờ ăn trưa, { $coworker }, người ngồi cạnh bạn, thì thầm: "Mình có một cái điện thoại. Giấu kỹ. Tối nay bạn được dùng hai phút, trong nhà tắm. Đừng nói với ai."
    .discuss = Có ba người đề nghị giúp. Làm sao biết nên tin ai?
inside-offer-guard = Lát sau, một lính canh lúc nào cũng tỏ ra thân thiện nói: "Muốn về nhà không? Viết cho tôi một lá thư. Anh họ tôi là cảnh sát trong thị trấn. Anh ấy sẽ giúp."
inside-offer-accept-phone = Nhận điện thoại của { $coworker }, và nói lời cảm ơn
    .feedback = { $coworker } cũng bị giam ở đây, chấp nhận rủi ro để giúp bạn, và không đòi gì lại. Những người bên trong giúp đỡ nhau là cách rất nhiều tin tức lọt ra ngoài.
inside-offer-give-letter = Đưa thư cho lính canh. Một cảnh sát nghe có vẻ chính thức
    .feedback = Lính canh làm việc cho khu lừa đảo. Gần các khu này, cảnh sát địa phương có thể có liên hệ với bọn cầm đầu, và những người sống sót kể rằng tin nhắn đã bị chuyển ngược lại. Những con đường an toàn hơn là đại sứ quán, đường dây nóng quốc gia, một tổ chức phi chính phủ đáng tin cậy hoặc gia đình bạn.
inside-offer-wait = Tạm thời từ chối tất cả. Có vẻ quá rủi ro
    .feedback = Chờ đợi là một lựa chọn thật sự, và sự an toàn của bạn là quan trọng. Khi cơ hội tiếp theo đến, hãy nhớ những con đường có thể tin được: đại sứ quán, đường dây nóng quốc gia, một tổ chức phi chính phủ đáng tin cậy, gia đình bạn.

inside-phone-bathroom = Đêm. Nhà tắm. Chiếc điện thoại của { $coworker } còn ấm trong tay bạn. Một vạch sóng. Hai phút.
    .discuss = Hai phút, một tin nhắn. Ai ở bên ngoài có thể giúp, và họ cần biết những gì?
inside-phone-who = Bạn sẽ liên lạc với ai?
inside-phone-local-police = Tìm trang của đồn cảnh sát địa phương và gửi tin nhắn cho họ
    .feedback = Đó có vẻ là việc nên làm. Nhưng gần các khu lừa đảo, cảnh sát địa phương có thể có liên hệ với bọn cầm đầu, và những người sống sót kể rằng tin nhắn đã bị chuyển ngược lại. Đại sứ quán, đường dây nóng quốc gia, một tổ chức phi chính phủ đáng tin cậy hoặc gia đình bạn thì an toàn hơn.
inside-phone-embassy = Tìm số khẩn cấp của đại sứ quán trên trang web chính thức, và nhắn tin cho họ
    .feedback = Một lựa chọn tốt. Đại sứ quán có đường dây khẩn cấp cho công dân gặp nguy hiểm, và họ phối hợp với các tổ chức phi chính phủ đáng tin cậy và với nhà chức trách. Chỉ lấy số điện thoại từ trang web chính thức.
inside-phone-family = Nhắn cho { $relative }: bạn đang ở đâu, tên công ty, và "gọi cho đại sứ quán"
    .feedback = Một lựa chọn tốt. Gia đình có thể thay bạn gọi cho đại sứ quán và đường dây nóng quốc gia, và cứ tiếp tục gọi. Một địa điểm và tên công ty cho họ thông tin để hành động.

inside-leaked-office = Hai ngày sau, trưởng nhóm gọi bạn vào phòng.
inside-leaked-shown = Trên bàn anh ta là những gì bạn đã viết cho cảnh sát. "Bạn tôi ở đồn đưa cho tôi đấy," anh ta nói. "Cảnh sát là bạn của tôi."
inside-leaked-idea = Anh ta cộng thêm một khoản phạt vào nợ của bạn. Rồi anh ta nói có một ý hay hơn.

## The ransom

inside-demand-buy = Không thích ở đây à? Được. Gia đình có thể chuộc em ra. ${ $ransom }.
    .discuss = Một gia đình nên làm gì khi nhận được yêu cầu như thế này?
inside-ransom-call = Gọi cho họ ngay bây giờ. Bảo họ trả tiền, nhanh lên. Tôi đang nghe đấy.
inside-demand-sell = Nếu họ không trả, tôi bán em cho công ty khác. Tệ hơn chỗ này.
inside-demand-if-they-pay = Nghĩ: nếu gia đình trả tiền, hắn sẽ thả mình. Có lẽ đó là lối thoát
    .feedback = Ai cũng sẽ hy vọng như vậy, và đó là điều hắn muốn bạn tin. Tiền chuộc mà gia đình một mình trả hiếm khi chấm dứt mọi chuyện: nó cho bọn cầm đầu thấy gia đình bạn xoay được tiền, và cái giá sẽ tăng lên. Đe dọa bạn và đòi tiền gia đình bạn là cách khu tổ hợp kiểm soát con người.
inside-demand-see-lever = Nghĩ: nếu gia đình trả một lần, điều gì ngăn hắn đòi tiếp?
    .feedback = Đúng vậy. Trừng phạt, đe dọa và đòi tiền chuộc là công cụ kiểm soát, và lần này nó nhắm vào những người thương bạn. Một gia đình tìm đến đại sứ quán hoặc một tổ chức đáng tin cậy trước khi gửi bất cứ thứ gì sẽ khó bị bóp nặn hơn nhiều.
inside-demand-not-alone = Nghĩ: dù hắn bắt mình nói gì, gia đình vẫn có thể mang lời đòi tiền này đến đại sứ quán
    .feedback = Đúng. Điều bạn nói khi hắn đang nghe không phải là điều gia đình bạn phải làm. Một lời đòi tiền chuộc, cùng số điện thoại đã gửi nó, chính là thứ đại sứ quán hay một tổ chức cần, và không gia đình nào phải đối mặt chuyện này một mình.
inside-ransom-beg-pay = Van xin { $relative } trả tiền, càng nhanh càng tốt
    .feedback = Bạn đã nói điều mà kẻ đứng ngay cạnh bạn đòi. Đó không phải lỗi của bạn. Cái giá rơi vào gia đình bạn: tiền chuộc trả một mình thường kéo theo những đòi hỏi mới. Họ vẫn có thể mang yêu cầu này đến đại sứ quán hoặc một tổ chức phi chính phủ đáng tin trước khi gửi bất cứ thứ gì.
inside-ransom-embassy-first = Nói những gì anh ta muốn. Rồi thêm: "Nhờ đại sứ quán giúp chuyển tiền nhé"
    .feedback = Khi hắn đang nghe, bạn khiến lời cầu cứu nghe như lời nhờ giúp chuyển tiền. Đó là một rủi ro chấp nhận dưới sự đe dọa. Đại sứ quán biết trước khi tiền được chuyển có thể bảo vệ cả bạn và gia đình.
inside-ransom-remind = Chỉ nói những gì anh ta muốn. Trước đó { $relative } đã nghe tên thị trấn và câu "họ giữ hộ chiếu" rồi
    .feedback = Chỉ nói điều hắn đòi giúp bạn an toàn nhất có thể. Chi tiết nhỏ bạn nói trong cuộc gọi đầu tiên giờ có ích: gia đình bạn có thể mang nó, cùng yêu cầu tiền chuộc, đến đại sứ quán.

inside-paid-sent = Gia đình bạn vay tiền và gửi đi.
inside-paid-more = Trưởng nhóm mỉm cười. Một tuần sau, anh ta nói giá đã tăng.

inside-family-acts-went = Về phía gia đình, { $relative } đã không gửi tiền. Thay vào đó, yêu cầu tiền chuộc và số điện thoại gửi nó được chuyển thẳng đến đại sứ quán và đường dây nóng quốc gia chống mua bán người.
inside-family-acts-wait = Đại sứ quán phối hợp với một tổ chức phi chính phủ đáng tin cậy ở { $place }. Suốt nhiều tuần, dường như chẳng có gì xảy ra. Rồi một buổi sáng, người ta đọc danh sách tên ở cổng. Có tên bạn trong đó.

## Word gets out

inside-embassy-reply-got = Chúng tôi đã nhận được tin nhắn. Bạn không gặp rắc rối gì cả. Chúng tôi ở đây để giúp.
inside-embassy-reply-need = Nếu được, hãy gửi ghim vị trí, tên của khu hoặc tòa nhà, và có bao nhiêu người bị giam cùng bạn.
inside-embassy-reply-safe = Xin đừng tìm đến cảnh sát địa phương. Sau đó hãy xóa đoạn chat này. Chúng tôi phối hợp với một tổ chức phi chính phủ đáng tin cậy và với nhà chức trách.
inside-embassy-reply-send-all = Gửi ghim vị trí, tòa nhà, và rằng có khoảng bốn mươi người từ nhiều nước bị giam ở tầng của bạn
    .feedback = Số người và quốc tịch giúp nhiều đại sứ quán cùng hành động, và người ta thường được giải thoát theo nhóm. Chỉ mất thêm vài giây, mà có thể giúp cả những người bạn chưa từng nói chuyện.
inside-embassy-reply-send-mine = Chỉ gửi thông tin của riêng bạn, thật nhanh. Hai phút sắp hết rồi
    .feedback = Thông tin của riêng bạn là đủ để bắt đầu. Mỗi tin nhắn đến được đại sứ quán đều giúp khu lừa đảo dễ bị tìm ra hơn.

inside-family-reply-got = Nhận được rồi. Cả nhà thương lắm. Không an toàn thì đừng trả lời.
inside-family-reply-calling = Giờ đang gọi cho đại sứ quán và đường dây nóng quốc gia đây.
inside-family-reply-ask = Họ hỏi: có bao nhiêu người ở cùng? Tòa nhà nào?
inside-family-reply-send-others = Trả lời nhanh: khoảng bốn mươi người, nhiều nước, tòa nhà màu xám mái xanh dương
    .feedback = Số người và tòa nhà giúp đại sứ quán của bạn, và các đại sứ quán khác, hành động cho tất cả những người bị giam ở đó, không chỉ riêng bạn.
inside-family-reply-just-me = Viết "chỉ mình thôi, phải đi đây", rồi trả lại điện thoại
    .feedback = Đưa được tin của chính mình ra ngoài là điều quan trọng nhất, và giờ gia đình bạn đã có đủ thông tin để hành động. Trả điện thoại nhanh cũng giữ an toàn cho { $coworker }.

## Endings

inside-end-rescued = Bạn đã ra được. Đại sứ quán và một tổ chức phi chính phủ đáng tin, phối hợp với chính quyền, đã làm được điều đó. Những gì đến sau không nhanh: vài tuần ở nơi tạm trú hoặc trại giữ người của cơ quan xuất nhập cảnh, các buổi phỏng vấn để xác định ai là nạn nhân buôn người, và giấy tờ thay cho hộ chiếu. Bạn có quyền được đối xử như một nạn nhân, không phải tội phạm, và món nợ bịa đặt chẳng có ý nghĩa gì. Về nhà chưa phải là hết rủi ro: kẻ tuyển người có thể liên lạc lại với người sống sót, nên hãy giữ sẵn số của đại sứ quán và IOM.

inside-end-others-found = Tin nhắn của bạn cho đại sứ quán biết nhiều hơn tên bạn. Với con số và tòa nhà, nhiều đại sứ quán và một tổ chức phi chính phủ đã cùng hành động. Vài tuần sau, một nhóm lớn được thả khỏi khu đó, và bạn là một trong số họ. Sau đó là nhiều tuần sàng lọc và chờ giấy tờ, với quyền được đối xử như nạn nhân, không phải tội phạm. Những người bạn chưa từng nói chuyện đã được về nhà nhờ những gì bạn gửi đi.

inside-end-still-held = Lúc này, bạn vẫn còn ở bên trong. Dù bạn đã bị ép làm gì, bạn không phải là tội phạm: Liên Hợp Quốc gọi những người ở hoàn cảnh của bạn là nạn nhân. Hàng nghìn người đã được giải cứu sau khi gia đình và đại sứ quán của họ được báo tin. Mỗi tin nhắn lọt ra ngoài, từ bạn hay từ người khác, đều đưa ngày đó đến gần hơn.

inside-first-night-look = Đêm đó, từ cửa sổ phòng mình, bạn đếm số lính gác ở cổng và số camera trên tường.

inside-first-night-see-prison = Nghĩ: lính gác ở cổng quay mặt vào trong, về phía chúng ta
    .feedback = Bạn nhìn đúng. Tường, lính gác và camera có ở đó để giữ người bên trong, không phải để ngăn nguy hiểm bên ngoài. Thấy rõ điều đó là bước đầu tiên để tìm cách an toàn đưa tin ra ngoài.

inside-first-night-for-safety = Nghĩ: khu này chắc nguy hiểm. Có lẽ lính gác ở đó để bảo vệ nhân viên
    .feedback = Đó là điều bọn cầm đầu nói, và rất dễ tin khi bạn xa nhà và đang sợ. Nhưng lính gác quay mặt vào trong, tường có dây thép gai và camera ở mọi hành lang là để ngăn người ta rời đi.

## The catalogue's red flags, in this story's setting

inside-redflag-wrong-number = "Nhầm số" trong kịch bản
    .explain = Nhiều vụ lừa như thế này bắt đầu bằng một tin nhắn như thể gửi nhầm, và kịch bản ở các khu tổ hợp được viết đúng như vậy. Chỉ cần một câu trả lời lịch sự với người lạ là đủ để bắt đầu nhiều tuần trò chuyện thân thiện, kết thúc bằng một lời xin tiền.
    .advice = Nếu người lạ cứ tiếp tục trò chuyện sau khi bạn nói là nhầm số, hãy ngừng trả lời và chặn họ, và đừng bao giờ nghe lời khuyên về tiền bạc từ người bạn chỉ biết qua tin nhắn. Nếu bạn bị ép gửi những tin nhắn như vậy, hãy cảnh báo người khác khi an toàn và báo tin cho đại sứ quán: những gì bạn bị ép gửi đi không phải lỗi của bạn.

## Lựa chọn mới (tin ai)

inside-character-ngo = Nhân viên hỗ trợ, tổ chức chống buôn người
inside-first-night-first-weeks = Nghĩ: có lẽ chỉ trong mấy tuần đầu, cho đến khi họ tin người mới
    .feedback = Hy vọng mọi thứ sẽ dịu đi là điều tự nhiên, và bọn cầm đầu cũng nói vậy. Nhưng không có gì ở bức tường hay lính gác được làm ra để thay đổi: chúng ở đó để giữ người lâu chừng nào công ty muốn.
inside-boss-ask-paper = Xin xem khoản nợ được ghi ra giấy
    .feedback = Hỏi là một rủi ro, và nó cho bạn thấy một điều. Hắn đưa ra một tờ giấy bằng thứ tiếng bạn không đọc được; con số là bất cứ gì hắn nói. Một món nợ chỉ ông chủ đọc được là sợi xích, không phải món nợ.
inside-wall-not-tonight = Xin họ đợi vài đêm, đến khi bạn biết giờ đổi ca của lính gác
    .feedback = Bạn cố làm một kế hoạch nguy hiểm bớt nguy hiểm. Họ đi mà không có bạn, hoặc không đi; dù thế nào bạn cũng đang chọn dưới sự đe dọa, và không điều gì là lỗi của bạn.

inside-offer-broker = Còn ở góc hút thuốc, một người đàn ông bên văn phòng nói hắn lo việc "chuyển công ty": một công ty gần biên giới, ăn uống tốt hơn, và sau ba tháng thì cho về nhà. Gia đình bạn trả hắn ${ $ransom }, còn lại hắn lo.
inside-offer-transfer = Đồng ý, và đưa hắn số điện thoại của gia đình. Đi đâu cũng hơn ở đây
    .feedback = Muốn rời chỗ này bằng mọi giá là điều dễ hiểu. Nhưng một cuộc "chuyển công ty" mà gia đình phải trả tiền cho người của văn phòng chính là cách người ta bị bán từ khu này sang khu khác: bên mua cộng giá đó vào nợ của bạn.
inside-sold-van = { $relative } của bạn đi vay tiền. Một tuần sau, một chiếc xe van chở bạn và ba người khác đi trong đêm, dọc bờ sông.
inside-sold-new = Khu mới lớn hơn. Tổ trưởng mới cầm một tờ giấy có tên bạn.
inside-sold-debt = "Bọn tao đã trả tiền cho mày," hắn nói. "Nợ của mày ở đây là ${ $debt } cộng tiền chuyển."
inside-end-sold = "Chuyển công ty" hóa ra là bán người. Bạn hy vọng có lối ra, và một kẻ biết rõ niềm hy vọng ấy đã bán nó cho bạn; đó không phải lỗi của bạn. Bạn vẫn bị giữ, gia đình mất tiền, và món nợ lớn hơn. Người ta cũng thoát được khỏi khu thứ hai, khi tin tức đến được đại sứ quán hay một tổ chức hỗ trợ: con đường vẫn vậy, và tin nhắn tiếp theo lọt ra ngoài có thể là khởi đầu.

inside-phone-ngo = Nhắn cho tổ chức chống buôn người mà { $coworker } đã ghi số trên một mẩu giấy
    .feedback = Một tổ chức làm về những vụ này là con đường giúp được, và { $coworker } đã liều để đưa bạn số đó. Có tin một người liên lạc mà mình không nhìn thấy hay không là một quyết định khó.

inside-ngo-hello = Xin chào. Chúng tôi đã nhận tin nhắn của bạn. Bạn không có lỗi gì. Chúng tôi giúp mọi người rời các khu ở { $place }, cùng với các đại sứ quán.
inside-ngo-never = Chúng tôi sẽ không bao giờ đòi tiền bạn hay gia đình bạn.
inside-ngo-pin = Khi an toàn, hãy gửi định vị và tên tòa nhà. Sau đó xóa cuộc trò chuyện này.
    .discuss = Làm sao bạn phân biệt người liên lạc này với "anh họ" của lính gác hay kẻ lo "chuyển công ty"?
inside-ngo-send-pin = Gửi định vị và tòa nhà ngay, rồi xóa cuộc trò chuyện
    .feedback = Bạn đã tin một người liên lạc không đòi gì và làm việc với đại sứ quán của bạn, và lần này niềm tin là đúng. Người giúp thật hỏi thông tin, không bao giờ hỏi tiền.
inside-ngo-check-first = Trước hết xin một điều bạn kiểm tra được: ai ở đại sứ quán của bạn biết họ
    .feedback = Câu hỏi chính đáng, và một tổ chức thật không phiền lòng. Cái giá là thêm một đêm giấu điện thoại, tự nó đã là rủi ro.
inside-ngo-delete = Xóa đi. Ai cũng có thể tự xưng là tổ chức hỗ trợ
    .feedback = Sau "anh họ" của lính gác và kẻ lo "chuyển công ty", nghi ngờ tất cả là điều dễ hiểu. Người liên lạc này không đòi gì và chỉ bạn đến đại sứ quán: đó là dấu hiệu của sự giúp đỡ thật. Không tin là một lựa chọn trong sợ hãi, và đó không phải lỗi của bạn.
inside-ngo-checks-fair = Câu hỏi chính đáng. Tốt là bạn đã hỏi.
inside-ngo-checks-embassy = Cán bộ lãnh sự ở đại sứ quán của bạn biết văn phòng chúng tôi. { $relative } của bạn có thể gọi đại sứ quán hỏi về chúng tôi. Hãy gửi định vị khi bạn thấy an toàn.
inside-ngo-works-days = Bạn gửi định vị và màu của tòa nhà. Mười ngày trôi qua, không có gì. Bạn cúi đầu và cố đạt chỉ tiêu hết sức.
inside-ngo-works-gate = Rồi một buổi sáng, các quan chức từ thủ đô và một phụ nữ của tổ chức đứng ở cổng, cầm danh sách tên. Tên bạn có trong đó.
inside-end-ngo = Bạn đã ra ngoài, vì bạn tin một người liên lạc xứng đáng được tin: họ không đòi gì, và làm việc với đại sứ quán của bạn. Sau đó là nhiều tuần ở nhà tạm lánh, phỏng vấn sàng lọc và giấy tờ mới; bạn có quyền được đối xử như nạn nhân, không phải tội phạm, và món nợ bịa đặt chẳng có nghĩa gì. Kiểm tra nên tin ai không giống với không tin ai cả. Kẻ tuyển người có thể liên lạc lại với người sống sót: hãy giữ số của tổ chức và đại sứ quán bên mình.

inside-embassy-reply-wait-safer = Đợi đến tối mai mới gửi định vị, khi hành lang vắng hơn
    .feedback = Chờ lúc an toàn hơn là cẩn thận, và đó là lựa chọn hợp lý. Công ty ra tay trước không phải do bạn.
inside-family-reply-name-coworker = Thêm tên và quốc tịch của { $coworker }, để họ tìm cả { $coworker }
    .feedback = { $coworker } đã liều vì bạn, và giờ bạn liều đáp lại. Tên và quốc tịch giúp các đại sứ quán hành động cho nhiều hơn một người.

inside-transfer-dawn = Trước khi trời sáng, lính gác đi từng phòng với một danh sách. Ba mươi người, có tên bạn, bị bảo thu dọn đồ.
inside-transfer-vans = Những chiếc van chờ ở cổng. "Công ty mới," tổ trưởng nói. "Họ đã trả tiền cho mày."
inside-transfer-memorise = Nhìn đường, và nhớ từng tấm biển đi qua
    .feedback = Bạn đã làm những gì có thể dưới sự đe dọa. Bất cứ điều gì bạn nhớ đều có thể giúp người khác tìm thấy bạn sau này. Không điều gì là lỗi của bạn.
inside-transfer-tell-coworker = Thì thầm với { $coworker }: "Nếu được, hãy báo cho họ biết tôi bị đưa đi đâu"
    .feedback = Một rủi ro dưới sự đe dọa, để có cơ hội ai đó biết. Không điều gì là lỗi của bạn.
inside-transfer-head-down = Cúi đầu và không nói gì
    .feedback = Giữ an toàn trong xe là một lựa chọn dưới sự đe dọa, và là lựa chọn chính đáng. Không điều gì là lỗi của bạn.
inside-end-resold = Bạn đã làm mọi điều một người cẩn thận có thể làm: tìm được người liên lạc an toàn, không đến công an địa phương, và đưa được tin ra ngoài. Công ty đã bán một nhóm người lao động đi trước khi sự giúp đỡ đến, và bạn ở trong nhóm đó; đó không phải việc bạn làm. Tin nhắn của bạn đã được lưu hồ sơ: đại sứ quán và các tổ chức vẫn tìm kiếm, và đã có người được tìm thấy sau khu thứ hai, thứ ba. Khi có thể, hãy gửi tin lần nữa: những con đường ấy vẫn giúp được.
