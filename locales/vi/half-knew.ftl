# Machine-drafted translation: needs review by a native speaker.
half-knew-title = Người biết lờ mờ
half-knew-summary = Người tuyển dụng nói thẳng: việc ở nước ngoài là "marketing online, hơi xám một chút". Bạn cần tiền. Thật ra bạn đã đồng ý với điều gì?
half-knew-content-note = Câu chuyện này đi từ một lời mời làm việc vào tận một khu lừa đảo. Câu chuyện có nhắc đến lời đe dọa, một khoản nợ bịa đặt và việc người ta bị "bán" sang khu khác, nhưng không mô tả cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

half-knew-character-recruiter = { $recruiter }, người tuyển dụng
half-knew-character-cousin = Người anh họ của bạn
half-knew-character-consul = Đại sứ quán nước bạn tại Phnom Penh
half-knew-character-leader = Trưởng nhóm
half-knew-character-embassy = Đường dây khẩn cấp của đại sứ quán
half-knew-character-relative = Người nhà ({ $relative })

## Variables

half-knew-who-khamla = Khamla, 24 tuổi, một chàng trai ở Savannakhet, Lào
half-knew-who-thu = Thu, 22 tuổi, một cô gái ở Nghệ An, Việt Nam
half-knew-who-aung = Aung, 26 tuổi, một chàng trai ở Mandalay, Myanmar

half-knew-place-sihanoukville = Sihanoukville
half-knew-place-bavet = Bavet
half-knew-place-poipet = Poipet

half-knew-recruiter-nok = Nok
half-knew-recruiter-tony = Tony
half-knew-recruiter-linda = Linda

half-knew-coworker-mai = Mai
half-knew-coworker-joy = Joy
half-knew-coworker-bayu = Bayu

half-knew-relative-sister = chị gái
half-knew-relative-brother = anh trai

## Home

half-knew-start-who = Bạn là { $who }. Bạn đã học xong, biết chút tiếng Anh và dùng điện thoại rất nhanh. Việc ở quê lương thấp, mà không phải tháng nào cũng có.
    .discuss = Quanh bạn, ai sẽ nhận một việc "hơi xám", và vì sao?
half-knew-start-money = Năm ngoái gia đình bạn vay tiền, và chủ nợ đang đòi. Trong một nhóm tìm việc trên Telegram, một người tuyển dụng nhắn cho bạn trước.

half-knew-offer-job = Chào bạn! Việc marketing online ở { $place }, Campuchia. ${ $salary } một tháng. Bạn chat với khách bằng tiếng Anh và tiếng của bạn.
    .discuss = Người tuyển dụng nói thật rằng việc này "xám". Điều đó làm phần còn lại của lời mời đáng tin hơn, hay kém tin hơn?
half-knew-offer-grey = Nói thật với bạn: việc này hơi xám một chút. Chat bán hàng với người nước ngoài, có vài câu chuyện không đúng 100%. Không có gì nguy hiểm. Nhiều người nước bạn làm ở đó.
half-knew-offer-paid = Xe buýt, xe đưa đón và phòng ở do công ty trả. Tuần sau bạn bắt đầu.
half-knew-offer-ask-grey = Hỏi cho rõ "hơi xám" nghĩa là gì, trước khi trả lời
    .feedback = Một câu hỏi chính đáng. "Marketing online" không nói gì về công việc, và "hơi xám" che giấu nhiều hơn là nói ra. Câu trả lời, hay việc không có câu trả lời, đáng để biết trước khi bạn đi đâu cả.
half-knew-offer-say-yes = Đồng ý. Nhiều người sống nhờ việc xám, mà lương lại cao
    .feedback = Nhiều người đồng ý, và rất dễ hiểu vì sao: món nợ là thật, còn người tuyển dụng nghe có vẻ thành thật. Nhưng "hơi xám" là một công việc mơ hồ, và mức lương gấp mấy lần ở quê chỉ để chat chính là mồi nhử. Điều chờ ở đầu bên kia không giống như lời kể.
half-knew-offer-ask-cousin = Trước khi trả lời, hỏi người anh họ đang làm việc ở nước ngoài qua một công ty được cấp phép
    .feedback = Hỏi một người đã đi theo đường chính thức cho bạn cái để so sánh. Mức lương cao đến vậy cho một việc không cần tay nghề, cao hơn mọi nơi gần đó, tự nó đã là một dấu hiệu cảnh báo.

half-knew-grey-answer-explain = Bạn chat như một người thân thiện, bạn nói về đầu tư, phần còn lại công ty lo. Bạn không lấy cắp của ai. Bạn chỉ nói chuyện.
half-knew-grey-answer-contract = Hợp đồng ký ở bên đó. Sếp ở { $place }.
half-knew-grey-answer-friday = Chỉ còn ba chỗ. Trả lời mình trước thứ Sáu nhé.
half-knew-grey-answer-ask-contract = Nói là có thể. Nhưng trước hết bạn muốn có hợp đồng và tên công ty bằng văn bản
    .feedback = Bạn đã đứng vững trước hạn chót. "Ký ở bên đó", sau khi bạn đã qua biên giới, nghĩa là không có hợp đồng vào lúc cần nhất, còn sự vội vàng là để bạn không hỏi thêm.
half-knew-grey-answer-go-now = Đồng ý trước khi hết chỗ. "Nói về đầu tư" nghe như bán hàng thôi
    .feedback = Hạn chót khiến ai cũng quyết định nhanh hơn, và "chỉ còn ba chỗ" được bịa ra đúng để làm vậy. Không có hợp đồng trước khi đi thì chẳng có gì ghi rõ công việc là gì, lương bao nhiêu, hay bạn có được nghỉ việc không.
half-knew-grey-answer-decline = Từ chối. Dụ người ta "đầu tư" nghe như nói dối để lấy tiền
    .feedback = Bạn đã nghe ra ý nghĩa thật của những lời đó. Từ chối có cái giá của nó: món nợ vẫn còn, và nhóm tìm việc vẫn tiếp tục đưa ra những lời mời y như vậy.

half-knew-end-declined = Bạn từ chối, và chưa đầy một phút sau { $recruiter } chặn bạn. Món nợ vẫn còn, đồng lương thấp ở quê cũng vậy. Vài tháng sau, con trai nhà hàng xóm trở về từ { $place } sau khi gia đình phải trả tiền chuộc anh ấy ra; anh ấy không muốn kể gì. Bạn tiếp tục tìm việc, và hỏi cơ quan quản lý lao động về việc làm ở nước ngoài qua công ty được cấp phép.

half-knew-cousin-heard = Anh nghe về mấy việc kiểu này rồi. Hai đứa con trai trong huyện mình đi { $place }. Gia đình chúng nó phải trả tiền mới đưa được về.
    .discuss = Con đường của người anh họ chậm hơn, lương ít hơn và tốn tiền. Vì sao việc nó đi qua một văn phòng bạn có thể đến tận nơi vẫn quan trọng?
half-knew-cousin-official = Muốn đi làm nước ngoài thì lên cơ quan quản lý lao động của tỉnh. Hỏi danh sách các công ty được cấp phép. Công ty của anh có trong danh sách.
half-knew-cousin-slow = Chậm hơn đấy. Phải khám sức khỏe, đóng phí hợp pháp có biên lai, và có khi chờ ba tháng. Ít tiền hơn việc này. Nhưng em biết mình đi đâu.
half-knew-cousin-labour-office = Lên cơ quan quản lý lao động với tên công ty của anh họ
    .feedback = Việc làm qua một công ty được cấp phép thì kiểm tra được, và không diễn ra trong một cuộc chat. Bạn mất vài tháng và một khoản phí, lương lại thấp hơn: đó là cái giá của một công việc mà bạn có thể bỏ đi.
half-knew-cousin-tell-recruiter = Kể cho { $recruiter } nghe những gì anh họ nói, xem họ trả lời thế nào
    .feedback = Thử người tuyển dụng là điều tự nhiên. Hãy nghe kỹ câu trả lời: một chủ lao động thật trả lời bằng tên, giấy tờ và địa chỉ, không phải bằng hạn chót.
half-knew-cousin-take-grey = Nhận việc xám. Ba tháng là quá lâu khi chủ nợ đã đến tận cửa
    .feedback = Áp lực tiền bạc là thật, và kẻ tuyển dụng trông vào đó. Một công việc chỉ tồn tại trong một cuộc chat Telegram, không có công ty được cấp phép, không có văn phòng ở quê, không cho bạn chút bảo vệ nào nếu có chuyện.

half-knew-end-genuine = Cơ quan quản lý lao động có tên công ty của anh họ bạn trong danh sách. Bốn tháng sau, sau khi khám sức khỏe và đóng một khoản phí hợp pháp có biên lai chính thức, bạn bắt đầu làm việc trong một nhà máy ở nước ngoài. Lương thấp hơn mức { $recruiter } hứa, và việc thì nặng, nhưng bạn có hợp đồng, tự giữ hộ chiếu và có ngày nghỉ. Tháng nào bạn cũng gửi tiền về nhà.

half-knew-written-pdf = OK, không sao. Đây là hợp đồng: tên công ty, lương ${ $salary }, có dấu của giám đốc.
half-knew-written-website = Còn đây là website của bọn mình. Có đăng ký đàng hoàng, xem số ở cuối trang.
half-knew-written-trust-papers = Đọc xong thấy yên tâm hơn. Có dấu, có website, có số đăng ký: đây là công ty thật
    .feedback = Giấy tờ như thế này rất dễ làm, và một website có số đăng ký chỉ mất một buổi chiều. Chính vì vậy chúng được dùng: chúng khiến người cẩn thận tưởng mình đã kiểm tra rồi.
half-knew-written-copy-relative = Gửi hợp đồng, website và số của { $recruiter } cho { $relative }, kèm địa chỉ
    .feedback = Tốt: bạn không coi giấy tờ là bằng chứng, và giờ ở nhà có người nắm mọi chi tiết. Điều đó có thể rất quan trọng về sau.
half-knew-written-call-embassy = Gọi cho đại sứ quán nước bạn ở Phnom Penh, hỏi họ có biết công ty này không
    .feedback = Kiểm tra qua một số điện thoại bạn tự tìm, không phải số người tuyển dụng đưa, là cách để thử những giấy tờ như thế này.

half-knew-embassy-check-no-record = Chúng tôi không có hồ sơ nào về công ty này với tư cách chủ lao động. Điều đó không chứng minh là giả, nhưng chúng tôi không thể nói là thật.
half-knew-embassy-check-addresses = Chúng tôi đã giúp những công dân thoát ra từ các khu ở { $place }. Nhiều người được bảo là làm marketing.
half-knew-embassy-check-if-you-go = Nếu bạn vẫn đi: hãy đăng ký với chúng tôi, tự giữ hộ chiếu, và gửi địa chỉ cho chúng tôi khi đến nơi. Hãy lưu số này.
half-knew-embassy-check-stay-home = Ở nhà. Báo { $recruiter } là thôi
    .feedback = Một lựa chọn khó, dựa trên thông tin thật. Món nợ vẫn còn, nhưng bạn biết công việc kia nhiều khả năng là gì.
half-knew-embassy-check-go-registered = Đi, nhưng đăng ký với đại sứ quán, lưu số, và để lại mọi thứ cho { $relative }
    .feedback = Bạn cần tiền, và bạn đã làm những gì có thể để người khác tìm được mình. Dù chuyện gì xảy ra tiếp theo, đó không phải vì bạn bất cẩn.

half-knew-end-checked = Bạn báo { $recruiter } là bạn không đi. Tin nhắn trở nên giận dữ, rồi im hẳn. Ở cơ quan quản lý lao động, một cán bộ đưa bạn danh sách các công ty được cấp phép. Con đường này chậm hơn, lương thấp hơn, và lúc đầu gia đình bạn không vui. Rồi một người bạn của anh họ trở về từ { $place } tay trắng, và không ai hỏi lại vì sao bạn ở nhà nữa.

## The road

half-knew-travel-brief-bus = Tốt! Thứ Hai bắt xe buýt đêm ra biên giới nhé. Vé ở trong hộp thư của bạn.
half-knew-travel-brief-friend = Bạn mình chờ bằng ô tô. Anh ấy làm dấu nhập cảnh cho bạn, nhanh hơn.
half-knew-travel-brief-quiet = Đừng nói chuyện với cán bộ. Nếu họ hỏi, bạn đi thăm bạn bè.

half-knew-border-night = Xe buýt đến biên giới khi trời đã tối. Một người đàn ông đội mũ lưỡi trai cầm tấm biển có tên bạn. Anh ta cười và cầm lấy túi của bạn.
    .discuss = Ở đây bạn vẫn có thể làm gì, và mỗi lựa chọn sẽ phải trả giá thế nào?
half-knew-border-passport = "Đưa hộ chiếu đây," anh ta nói. "Tôi làm dấu cho, bạn ngồi chờ trong xe."
half-knew-border-road = Chiếc xe không đi tới trạm kiểm soát. Nó rẽ vào một con đường đất. "Đi đường này nhanh hơn," anh ta nói.
half-knew-border-hand-over = Đưa cho anh ta. Bạn mệt rồi, mà anh ta làm việc này hằng ngày
    .feedback = Sau một đêm dài, có người "lo giấy tờ" giúp thì thật nhẹ nhõm. Nhưng hộ chiếu đã rời tay bạn, và chiếc xe đi vòng qua trạm kiểm soát: không có dấu, không có hồ sơ, không có bằng chứng bạn vào nước này bằng cách nào.
half-knew-border-keep-and-share = Giữ chặt hộ chiếu trong tay. Gửi cho { $relative } vị trí trực tiếp và biển số xe
    .feedback = Bạn giữ được hộ chiếu và để lại dấu vết. Bạn vẫn đi tiếp, và đó là quyền của bạn: giờ ở nhà có người biết chính xác bạn qua biên giới ở đâu.
half-knew-border-get-out = Bảo anh ta dừng xe. Xuống xe và đi bộ quay lại trạm kiểm soát chính thức
    .feedback = Qua biên giới không qua trạm kiểm soát thì không để lại hồ sơ nào. Quay lại là việc đáng sợ, giữa đêm, với một người lạ đang giận dữ, và bạn mất cả việc lẫn tiền vé xe.

half-knew-end-border = Người lái xe chửi thề, ném túi của bạn xuống đường rồi phóng đi. Ở trạm kiểm soát, phía bên nước bạn, một cán bộ lắng nghe và ghi lại biển số xe. Bạn ngủ trên một chiếc ghế băng và bắt chuyến xe sớm nhất về nhà, tiền vé thì vay của một người bạn. { $recruiter } nhắn rằng bạn nợ công ty tiền "giữ chỗ". Bạn không trả lời, và báo cáo tài khoản đó.

## The compound

half-knew-arrive-gate = Văn phòng là một dãy nhà cao tầng sau bức tường có dây thép gai ở trên. Bảo vệ ở cổng mở cổng cho xe vào rồi đóng lại sau lưng bạn.
half-knew-arrive-taken = Một người phụ nữ ngồi bàn lấy hộ chiếu và điện thoại của bạn "để giữ hộ", rồi đưa bạn một chiếc điện thoại công việc đầy tài khoản giả.
half-knew-arrive-floor = Tầng của bạn có sáu mươi cái bàn. Không ai ngẩng lên.
half-knew-arrive-for-staff = Nghĩ: thị trấn này nguy hiểm. Bảo vệ và két giữ hộ chiếu là để bảo vệ nhân viên
    .feedback = Đó là điều người ta nói với bạn, và sau một đêm dài, nó dễ tin hơn. Nhưng bảo vệ khóa cổng sau lưng bạn, dây thép trên tường, và hộ chiếu cùng điện thoại của bạn nằm trong ngăn kéo của người khác là để giữ bạn bên trong và cắt đứt bạn với bên ngoài. Một chủ lao động thật không cần thứ nào trong số đó.
half-knew-arrive-locked-in = Nghĩ: cổng đã khóa sau lưng mình, hộ chiếu và điện thoại nằm trong ngăn kéo. Muốn đi cũng không đi được
    .feedback = Bạn đã nhìn rõ. Tường, bảo vệ, và hộ chiếu cùng điện thoại bị lấy "để giữ hộ" là để giữ người bên trong và cắt họ khỏi sự giúp đỡ. Nhìn ra điều đó là bước đầu để tìm cách an toàn báo tin ra ngoài.
half-knew-arrive-grey-looks = Nghĩ: mình biết việc này xám. Có lẽ việc xám trông như thế này thôi
    .feedback = Chữ "xám" được chọn để tất cả những điều này có vẻ như là thứ bạn đã đồng ý. Bạn đồng ý chat bán hàng, không phải cổng khóa và bảo vệ. Không ai có thể đồng ý bị giam giữ.

half-knew-boss-knew = Mày biết việc này là gì mà. Không ai lừa mày cả. Mày đã đồng ý.
    .discuss = Vì sao bọn cầm đầu cứ lặp đi lặp lại câu "mày biết mà"? Câu đó làm gì với người nghe nó?
half-knew-boss-debt = Xe buýt, ô tô, phòng ở, tiền ăn: mày nợ ${ $debt }. Không đạt chỉ tiêu thì cộng thêm tiền phạt. Muốn đi à? Trả tiền trước. Gây chuyện thì tao bán mày sang công ty khác.
half-knew-boss-police = Còn cảnh sát à? Họ bắt bọn lừa đảo. Giờ mày là kẻ lừa đảo rồi.
half-knew-boss-my-fault = Nghĩ: hắn nói đúng. Mình biết việc này xám. Là mình tự chuốc lấy
    .feedback = Đó là cái bẫy đang nói, và nó được dựng lên để nghe như thật. Bạn đã đồng ý với một công việc nghe có vẻ mờ ám. Bạn chưa bao giờ đồng ý với cổng khóa, món nợ bịa đặt hay việc bị bán, và không ai có thể đồng ý với những điều đó. Biết có gì đó không ổn không biến bạn thành tội phạm, và không làm chuyện này thành lỗi của bạn.
half-knew-boss-not-this = Nghĩ: mình đồng ý chat bán hàng. Mình chưa bao giờ đồng ý với tường cao, món nợ và bảo vệ
    .feedback = Đúng vậy. Điều bạn đã đồng ý và điều người ta làm với bạn là hai chuyện khác nhau. Món nợ được bịa ra để giữ bạn lại, còn câu "mày biết mà" được nói ra để bạn xấu hổ và im lặng. Người bị ép đi lừa đảo là nạn nhân, dù lúc ra đi họ biết những gì. Chỉ tiêu và tiền phạt có ở đó để món nợ cứ lớn mãi.
half-knew-boss-pay-off = Nghĩ: làm chăm chỉ, vài tháng trả hết nợ, rồi về nhà
    .feedback = Hy vọng làm để trả hết nợ là điều tự nhiên. Nhưng món nợ là bịa đặt và nó cứ tăng lên: tiền phạt, tiền ăn, các loại "phí". Nó được dựng lên để không bao giờ trả hết, và đằng sau nó là lời đe dọa bán bạn đi. Mỗi lần không đạt chỉ tiêu là thêm một khoản phạt, và nỗi sợ bị trừng phạt là thứ buộc người ta tiếp tục làm.

half-knew-desk-script = Kịch bản trên điện thoại công việc: đóng vai một nhà đầu tư trẻ giàu có, kết bạn, rồi giới thiệu cho họ một ứng dụng tiền ảo. Chỉ tiêu của bạn là ba "người bạn" mới mỗi ngày.
half-knew-desk-behind = Đã sang tuần thứ hai và bạn đang chậm chỉ tiêu. Trưởng nhóm dừng lại ở bàn bạn và đọc màn hình của bạn.
half-knew-desk-follow = Làm theo kịch bản. Không đạt chỉ tiêu là bị phạt, hoặc tệ hơn
    .feedback = Bạn đã làm điều bạn bị ép phải làm, với món nợ và lời đe dọa treo trên đầu. Đó không phải lỗi của bạn: Liên Hợp Quốc gọi những người ở hoàn cảnh của bạn là nạn nhân, không phải tội phạm, và điều đó không thay đổi chỉ vì công việc từng được gọi là xám. Cái giá là có thật: một người ở nơi xa đang bị kéo vào sâu hơn.
half-knew-desk-slow = Giữ các cuộc chat thân thiện và không bao giờ nhắc đến ứng dụng. Báo cáo "chưa có tiến triển"
    .feedback = Cố gây ít hại nhất có thể là điều dũng cảm, và nó có cái giá: tiền phạt cộng vào nợ và ánh mắt của trưởng nhóm luôn dõi theo bạn. Dù bạn chọn gì ở đây, bạn đều chọn dưới sự đe dọa.
half-knew-desk-refuse = Nói với trưởng nhóm rằng bạn không làm việc này. Bạn đến để làm marketing
    .feedback = Nói "không" thành tiếng cần nhiều can đảm. Nó khiến bạn trả giá: tiền phạt, lời cảnh cáo sẽ bị bán, và một đêm không có cơm. Đó không phải lỗi của bạn, và nói ra sự thật không phải là sai lầm.

half-knew-afraid-phone = Đêm đó, { $coworker }, người nằm giường tầng trên, thì thầm: "Tôi có một cái điện thoại. Giấu kỹ. Hai phút, trong nhà vệ sinh."
    .discuss = Nhiều người bên trong tin rằng đã biết có gì đó không ổn thì không được xin giúp đỡ. Bạn muốn họ biết điều gì?
half-knew-afraid-fear = "Nhưng bạn sẽ gọi cho ai? Nếu gọi đại sứ quán, họ sẽ hỏi mình đã làm gì. Mình biết việc này xám. Có khi họ bắt cả mình."
half-knew-afraid-we-are-victims = Thì thầm lại: "Mình đồng ý đi làm. Không phải đồng ý chuyện này. Mình có thể xin giúp đỡ."
    .feedback = Đó là sự thật, và nói ra điều đó giúp cả hai bạn. Đại sứ quán giúp cả những công dân ra đi làm một việc họ biết là mờ ám; điều quan trọng với họ là bạn đang bị giam giữ và bị ép buộc.
half-knew-afraid-just-phone = Không nói gì về chuyện đó. Chỉ cầm điện thoại và cảm ơn
    .feedback = { $coworker } cũng bị giam ở đây, và đang liều vì bạn. Những người bên trong giúp đỡ nhau là cách rất nhiều tin tức lọt ra ngoài.
half-knew-afraid-no-one = Từ chối. Có khi { $coworker } nói đúng: ai giúp một người đã biết trước?
    .feedback = Nỗi sợ này chính là mục đích của câu "mày biết mà": nó khiến người ta im lặng. Điều đó không đúng. Biết một công việc là xám không làm mất quyền được giúp đỡ, và các đại sứ quán giúp đỡ những người ở đúng hoàn cảnh của bạn.

half-knew-end-silent = Bạn trả lại điện thoại mà không dùng. Những tuần sau trôi qua, và món nợ cứ tăng. Bạn vẫn ở bên trong, lúc này. Bạn không phải tội phạm, và bạn không đánh mất quyền được giúp đỡ khi đồng ý một việc xám: đó là điều bọn cầm đầu muốn bạn tin. Hàng nghìn người đã được giải thoát sau khi một tin nhắn lọt ra ngoài, từ chính họ hoặc từ gia đình họ. { $coworker } vẫn còn giữ cái điện thoại.

half-knew-phone-bathroom = Nhà vệ sinh. Một vạch sóng. Hai phút.
half-knew-phone-who = Bạn nhắn cho ai?
half-knew-phone-local-police = Trang của đồn cảnh sát địa phương. Họ ở gần, tối nay có thể đến
    .feedback = Đó có vẻ là cách được giúp nhanh nhất. Nhưng gần các khu lừa đảo, cảnh sát địa phương có thể liên hệ với bọn cầm đầu, và những người sống sót kể rằng tin nhắn đã bị chuyển lại. Đại sứ quán nước bạn, đường dây nóng quốc gia, một tổ chức phi chính phủ đáng tin cậy hay gia đình bạn là những bước đầu an toàn hơn.
half-knew-phone-embassy = Đường dây khẩn cấp của đại sứ quán nước bạn, lấy từ trang chính thức: bạn ở đâu và bạn đang bị giam
    .feedback = Đại sứ quán có đường dây khẩn cấp cho công dân gặp nguy hiểm, và họ làm việc cùng các tổ chức phi chính phủ đáng tin cậy và chính quyền. Họ không hỏi bạn có xứng đáng được giúp hay không.
half-knew-phone-consul-again = Số đại sứ quán bạn đã lưu trước khi đi. Họ đã có tên bạn
    .feedback = Đăng ký trước khi đi là một việc cẩn thận, và bây giờ nó có ích: đại sứ quán biết bạn là ai và bạn đã nói mình sẽ đi đâu.
half-knew-phone-relative = { $relative }: bạn đang ở đâu, tên công ty, và "gọi cho đại sứ quán"
    .feedback = Gia đình có thể gọi đại sứ quán và đường dây nóng quốc gia thay bạn, và gọi mãi. Một địa danh và một tên công ty cho họ điều cụ thể để hành động.
half-knew-phone-relative-knows = { $relative }, người đã có hợp đồng, biển số xe và địa chỉ: "Chuyện thật rồi. Gọi cho đại sứ quán đi."
    .feedback = Những gì bạn để lại cho gia đình trước khi đi giờ phát huy tác dụng: chỉ một cuộc gọi, họ có thể đưa cho đại sứ quán mọi thông tin.

half-knew-leaked-office = Hai ngày sau, trưởng nhóm gọi bạn vào phòng và đặt tin nhắn bạn gửi cảnh sát lên bàn.
half-knew-leaked-shown = "Bạn tao ở đồn gửi cho đấy. Thấy chưa? Không ai giúp kẻ lừa đảo." Hắn nói bạn sẽ bị "chuyển" sang một công ty khác.

half-knew-embassy-reply-got = Chúng tôi đã nhận được tin nhắn của bạn. Bạn không gặp rắc rối gì. Chúng tôi đang tìm cách giúp bạn.
half-knew-embassy-reply-victim = Những người bị ép làm việc ở những nơi này là nạn nhân. Chúng tôi không hỏi vì sao bạn đến đó.
half-knew-embassy-reply-pin = Nếu an toàn, hãy gửi định vị và tên tòa nhà.
half-knew-embassy-reply-send-now = Gửi định vị ngay, khi bảo vệ đang ở cuối hành lang
    .feedback = Một rủi ro thật, làm thật nhanh. Vị trí là điều giúp đại sứ quán và chính quyền hành động được.
half-knew-embassy-reply-tell-knew = Trước hết viết sự thật: "Tôi biết công việc này xám. Tôi có bị bắt không?"
    .feedback = Nhiều người sợ hỏi câu này. Hỏi đại sứ quán, chứ không phải hỏi bọn cầm đầu, là cách để có câu trả lời thật.
half-knew-embassy-reply-wait-night = Xóa cuộc chat và đợi đến tối, khi hành lang vắng người
    .feedback = Chờ một thời điểm an toàn hơn là lựa chọn hợp lý; bảo vệ đang ở gần. Điều xảy ra tiếp theo không phải là điều bạn có thể biết trước.

half-knew-embassy-answers-knowing = Biết một công việc là xám không có nghĩa là bạn đồng ý bị nhốt, bị đe dọa hay bị bán. Bạn là nạn nhân của mua bán người, và bạn sẽ được đối xử như một nạn nhân.
half-knew-embassy-answers-pin = Bây giờ, nếu an toàn: định vị và tên tòa nhà.

half-knew-family-reply-got = Nhận được rồi. Thương em lắm. Không an toàn thì đừng trả lời.
half-knew-family-reply-calling = Giờ anh chị gọi đại sứ quán và đường dây nóng ngay.
half-knew-family-reply-ask = Họ hỏi: bao nhiêu người, tòa nhà nào?
half-knew-family-reply-send-others = Tầng em khoảng sáu mươi người, nhiều nước, tòa nhà xám cao cạnh cổng
    .feedback = Con số và tòa nhà giúp nhiều đại sứ quán cùng hành động, và người ta thường được giải thoát theo nhóm.
half-knew-family-reply-just-me = Viết "chỉ em thôi, phải đi đây" rồi trả điện thoại
    .feedback = Tin về chính bạn lọt ra ngoài là điều quan trọng nhất, và trả điện thoại nhanh cũng giữ an toàn cho { $coworker }.
half-knew-family-reply-what-i-did = Viết: "Đừng giận em. Em biết công việc này xám."
    .feedback = Nỗi xấu hổ đi theo người ta vào trong các khu lừa đảo, và theo họ ra ngoài. Gia đình khi nghe sự thật thường quan tâm nhiều hơn hẳn đến việc bạn được về nhà.

half-knew-family-answers-answer = Việc đó gọi là gì cũng mặc kệ. Em là người nhà của anh chị. Gửi tên tòa nhà đi.

half-knew-transfer-dawn = Trước lúc bình minh, bảo vệ đánh thức khoảng mười hai người trên tầng của bạn, trong đó có bạn. "Công ty mới," trưởng nhóm nói. "Nợ của mày đi theo mày."
half-knew-transfer-vans = Hai chiếc xe van chờ ở cổng, cửa kính bị che kín.
half-knew-transfer-memorise = Nhìn đường qua một khe hở của tấm che, và nhớ từng tấm biển
    .feedback = Lặng lẽ thu thập những gì bạn có thể là một cách giữ lại chút quyền kiểm soát. Bạn làm điều đó dưới sự đe dọa, và không có gì trong cuộc chuyển đi này là lỗi của bạn.
half-knew-transfer-whisper-name = Thì thầm tên bạn và tên quê bạn cho { $coworker }, người ở lại
    .feedback = Đó là một rủi ro, khi bảo vệ đang ở gần. Một cái tên được truyền lại có thể đến được đại sứ quán ngay cả khi bạn không thể.
half-knew-transfer-head-down = Cúi đầu và làm theo lời họ
    .feedback = Giữ cho mình an toàn nhất có thể là một lựa chọn thật khi bị đe dọa. Đó không phải là bỏ cuộc, và không phải lỗi của bạn.

## Endings

half-knew-end-rescued = Ba tuần sau, những cái tên được đọc lên ở cổng: đại sứ quán, một tổ chức phi chính phủ đáng tin cậy và chính quyền đã cùng phối hợp. Có tên bạn. Sau đó là những ngày sàng lọc, giấy tờ và một nơi tạm trú, trước chuyến về nhà. Không ai bắt bạn chứng minh rằng bạn đã không biết. Biết một công việc là xám chưa bao giờ có nghĩa là đồng ý bị giam giữ, bị đe dọa hay bị bán, và bạn được đối xử như một nạn nhân mua bán người, vì đúng là như vậy. Món nợ chưa bao giờ là thật. Kẻ tuyển dụng có thể tìm đến người sống sót lần nữa: hãy giữ số của đại sứ quán bên mình.

half-knew-end-group = Tin nhắn của bạn cho đại sứ quán một tòa nhà và một con số. Nhiều đại sứ quán và một tổ chức phi chính phủ đã cùng hành động, và vài tuần sau một nhóm lớn được thả ra, trong đó có bạn. Sau đó là sàng lọc, chờ giấy tờ, và quyền được đối xử như nạn nhân, không phải tội phạm. Vài người được thả cùng bạn đã biết công việc là mờ ám, có người thì không; điều đó không làm khác đi những gì họ phải chịu, và không làm khác đi quyền được về nhà của họ.

half-knew-end-moved = Bạn đang ở một khu khác, ở một thị trấn khác, với trưởng nhóm mới và món nợ cũ. Không có gì bạn làm gây ra chuyện này: người ta bị chuyển đi và bị bán suốt, đôi khi đúng lúc sự giúp đỡ sắp đến. Tin tức nào về bạn đã lọt ra, từ bạn, từ gia đình bạn hay từ { $coworker }, vẫn còn ở ngoài đó, và những người nắm giữ nó vẫn tiếp tục hỏi. Những người bị chuyển đi như vậy đã từng được tìm thấy và giải thoát. Bạn từng đồng ý một việc xám; bạn chưa bao giờ đồng ý với chuyện này, và bạn vẫn là nạn nhân, không phải tội phạm.

## The catalogue's red flags, in this story's setting

half-knew-redflag-vague-role = "Marketing online, hơi xám một chút"
    .explain = Một người tuyển dụng thừa nhận công việc "hơi xám" nghe có vẻ thành thật, và khiến bạn thấy mình được tin tưởng. Đó chính là mục đích: chữ đó che đi công việc thật, là bị nhốt và bị ép buộc, và về sau nó được dùng để chống lại bạn: "mày biết mà".
    .advice = Hỏi rõ công việc là gì, chủ lao động là ai và ở đâu, bằng văn bản. Một công việc bạn không tả được là công việc bạn không kiểm tra được, và một việc xám không cho bạn hợp đồng, luật pháp hay cơ quan nào đứng về phía bạn.

half-knew-redflag-passport-handover = Bị lấy hộ chiếu ở biên giới
    .explain = Một tài xế "làm dấu giúp" bạn tiết kiệm thời gian sau chuyến đi dài. Nhưng một khi hộ chiếu rời tay bạn, và chiếc xe đi vòng qua trạm kiểm soát, thì không có hồ sơ nào cho thấy bạn vào nước đó bằng cách nào, và bạn không có gì để rời đi.
    .advice = Tự giữ hộ chiếu và chỉ qua biên giới ở trạm kiểm soát chính thức, nơi cán bộ đóng dấu ngay trước mặt bạn. Nếu có ai lấy mất, hãy báo cho đại sứ quán và gia đình biết bạn đang ở đâu ngay khi có thể làm vậy một cách an toàn.

half-knew-redflag-informal-border = Đi vòng qua trạm kiểm soát
    .explain = "Đi đường này nhanh hơn" nghe như kinh nghiệm của người địa phương, và giữa đêm, mệt mỏi, trong xe của người lạ, thật khó cãi lại. Qua biên giới không qua trạm kiểm soát thì không có dấu, không có hồ sơ, nên ngay từ phút đầu bạn đã ở nước đó bất hợp pháp, và dễ bị giam giữ hơn.
    .advice = Chỉ qua biên giới ở trạm kiểm soát chính thức, với hộ chiếu được đóng dấu trước mặt bạn. Nếu tài xế rẽ sang đường khác, hãy xin xuống xe trước biên giới, và báo cho gia đình và đại sứ quán biết bạn đang ở đâu.

half-knew-redflag-debt-bondage = "Mày biết mà": một món nợ và một nỗi mặc cảm
    .explain = Một món nợ bịa ra cho tiền đi lại và phòng ở giữ chân người ta, còn câu "mày biết việc này là gì mà" bịt miệng họ. Cả hai đều là dối trá. Biết một công việc là xám không phải là đồng ý bị giam giữ, bị đe dọa, bị đánh hay bị bán: theo luật pháp quốc tế, sự đồng ý không còn giá trị khi có lừa dối hoặc vũ lực, và Liên Hợp Quốc gọi những người bị ép đi lừa đảo là nạn nhân, không phải tội phạm.
    .advice = Bạn không nợ gì vì bị mua bán. Hãy báo tin cho đại sứ quán, đường dây nóng quốc gia hoặc gia đình, dù lúc ra đi bạn đã biết những gì. Đại sứ quán giúp cả những công dân biết công việc là mờ ám; điều quan trọng là bạn đang bị giam giữ.
