# Machine-drafted translation: needs review by a native speaker.
after-release-title = Sau khi được thả
after-release-summary = Bạn vừa được thả ra khỏi một khu lừa đảo và được đưa tới biên giới Thái Lan. Đường về nhà chậm chạp, gia đình đang mắc nợ, và một lời mời làm việc mới đang chờ sẵn.
after-release-content-note = Câu chuyện bắt đầu vào tuần một người được thả ra khỏi khu lừa đảo. Câu chuyện có nhắc đến việc bị tạm giữ, nợ nần, một gia đình không tin anh và nguy cơ bị buôn bán lần nữa, nhưng không mô tả cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

after-release-character-ngo = Tình nguyện viên của một tổ chức phi chính phủ
after-release-character-officer = Cán bộ sàng lọc
after-release-character-embassy = Cao ủy Uganda tại Kuala Lumpur
after-release-character-relative = Người nhà ({ $relative })
after-release-character-recruiter = { $recruiter }
after-release-character-caseworker = Cán bộ hỗ trợ của IOM

## Variables

after-release-name-isaac = Isaac
after-release-name-moses = Moses
after-release-name-ronald = Ronald
after-release-name-brian = Brian

after-release-home-masaka = Masaka
after-release-home-jinja = Jinja
after-release-home-mbarara = Mbarara
after-release-home-gulu = Gulu

after-release-relative-sister = chị gái
after-release-relative-mother = mẹ
after-release-relative-uncle = chú

after-release-brother-joel = Joel
after-release-brother-denis = Denis
after-release-brother-peter = Peter

after-release-recruiter-kato = Kato
after-release-recruiter-eddie = Eddie
after-release-recruiter-frank = Frank

after-release-abroad-dubai = Dubai
after-release-abroad-doha = Doha
after-release-abroad-kuala-lumpur = Kuala Lumpur

## At the border

after-release-start-who = Bạn là { $name }, 27 tuổi, quê ở { $home }, Uganda. Chín tháng trước, một người môi giới ở Kampala hứa cho bạn việc làm ở một khách sạn tại Bangkok. Gia đình bạn đã vay USh { $loan } để trả phí cho hắn.
    .discuss = Trong những ngày đầu sau khi thoát ra, người ta cần gì nhất?
after-release-start-compound = Khách sạn ấy chưa bao giờ tồn tại. Bạn bị chở qua sông sang Myanmar, tới một khu lừa đảo, nơi bạn bị ép nhắn tin với người lạ và dụ họ đưa tiền.
after-release-start-out = Tuần trước, cổng mở ra cho vài trăm người, và bạn là một trong số đó. Giờ bạn đang ở phía Thái Lan của biên giới. Không hộ chiếu, không điện thoại, chỉ có bộ quần áo trên người.

after-release-gate-hall = Một hội trường dài gần biên giới. Người từ hàng chục nước ngồi trên chiếu. Các cán bộ ngồi ở một chiếc bàn, ghi tên để phỏng vấn.
after-release-gate-water = Một phụ nữ đeo thẻ của tổ chức phi chính phủ đang phát nước. Có người nói phỏng vấn xong có thể phải ở nơi tạm trú nhiều tuần.
after-release-gate-driver = Bên ngoài, một người đàn ông dựa vào chiếc xe van. "Bangkok, sân bay, ba ngày là về tới nhà. 300 đô; gia đình anh gửi cũng được. Không phỏng vấn, không trại."
after-release-gate-queue = Xếp hàng tới bàn của cán bộ
    .feedback = Buổi phỏng vấn là sàng lọc: cán bộ xem ai là nạn nhân buôn người, để nạn nhân được đối xử như nạn nhân. Việc này tốn thời gian, thường là nhiều tuần, và cũng chính nó mở đường tới nơi tạm trú, giấy tờ và chuyến bay về nhà.
after-release-gate-ask-ngo = Hỏi người phụ nữ đeo thẻ xem phỏng vấn để làm gì
    .feedback = Hỏi trước khi quyết định là cách dùng vài phút rất đáng. Người làm việc ở biên giới mỗi ngày biết mỗi lựa chọn sẽ dẫn tới đâu.
after-release-gate-van = Lên xe van. Gia đình có thể gửi tiền, và bạn muốn về nhà
    .feedback = Sau nhiều tháng bị giam, ba ngày nghe như một ân huệ, và đó chính là thứ người tài xế đang bán. Một chuyến xe vòng qua các trạm kiểm soát khiến bạn không có giấy tờ, không có hồ sơ nào về những gì đã xảy ra với bạn, và ai bị chặn lại mà không có giấy tờ đều có thể bị giữ như người nhập cư trái phép thay vì được giúp như một nạn nhân.

after-release-ngo-what = Phỏng vấn là để sàng lọc. Cán bộ và một nhân viên công tác xã hội hỏi anh đến đây thế nào và chuyện gì đã xảy ra bên trong. Nhờ vậy họ biết ai bị buôn bán.
    .discuss = Vì sao người vừa được thả lại có thể sợ một buổi phỏng vấn với cán bộ?
after-release-ngo-weeks = Nếu được xác định là nạn nhân, anh sẽ ở nơi tạm trú, có cơm ăn và bác sĩ, trong khi đại sứ quán làm giấy tờ và sắp xếp chuyến bay. Có thể mất nhiều tuần. Tôi không giả vờ là nhanh đâu.
after-release-ngo-drivers = Mấy chiếc van ấy à? Có người lấy tiền rồi thả khách trước trạm cảnh sát. Không có hộ chiếu thì đó là phòng giam, không phải sân bay.
after-release-ngo-stay = Ở lại chờ sàng lọc, dù phải mất nhiều tuần
    .feedback = Một lựa chọn khó: xa nhà thêm nhiều tuần trong khi nợ ở nhà cứ tăng. Nhưng đây cũng là con đường ghi lại những gì người ta đã làm với bạn, và sự bảo vệ đi kèm với nó.
after-release-ngo-van-anyway = Nhiều tuần thì lâu quá. Gia đình cần bạn ngay; lên xe van
    .feedback = Muốn về nhà nhanh là điều tự nhiên, và món nợ của gia đình khiến mỗi tuần thêm nặng nề. Nhưng người tài xế né trạm kiểm soát đưa bạn ra khỏi hệ thống được lập ra để bảo vệ bạn.
after-release-ngo-ask-prison = Hỏi nhỏ chị ấy: "Ở trong đó tôi đúng là đã lừa người ta. Họ có bỏ tù tôi không?"
    .feedback = Nhiều người rời khu lừa đảo mang đúng nỗi sợ này, và kẻ buôn người cố ý nói thế để họ im lặng. Hỏi người hiểu chuyện vẫn tốt hơn là tự đoán.

after-release-rights-victim = Người bị ép phạm tội thì không nên bị trừng phạt vì việc đó. Sàng lọc là để thấy anh là nạn nhân, không phải tội phạm.
after-release-rights-truth = Cứ kể lại chuyện đã xảy ra bằng lời của anh. Không hiểu câu hỏi nào thì cứ nói.

after-release-van-money = Gia đình vay 300 đô, và { $relative } gửi vào tài khoản của tài xế. Hắn lái xe hai tiếng.
after-release-van-drop = Hắn dừng lại trên một con đường vắng. "Phía trước là trạm cảnh sát. Đi bộ từ đây." Hắn quay xe và biến mất.
after-release-van-held = Tới trạm, bạn không có hộ chiếu, không có thị thực. Cảnh sát đưa bạn vào phòng giam của cơ quan xuất nhập cảnh, cùng những người ở quá hạn thị thực và những người vượt sông.

after-release-cell-room = Một căn phòng trống, một tấm chiếu, một vòi nước. Ở đây không ai hỏi trước đó bạn ở đâu.
    .discuss = Cùng một người có thể bị coi là nạn nhân hoặc người vi phạm. Điều gì quyết định điều đó?
after-release-cell-officer = Ngày thứ hai, một cán bộ xuất nhập cảnh đến với một danh sách. "Tên. Quốc tịch. Anh vào Thái Lan bằng cách nào?"
after-release-cell-tell-officer = Nói thật với ông ấy: bạn bị đưa sang Myanmar và bị giam trong một khu lừa đảo
    .feedback = Nói với một cán bộ, kể cả từ trong phòng giam, có thể mở ra việc sàng lọc để bạn được đối xử như nạn nhân. Nói ra là một rủi ro, và chính rủi ro ấy mở ra cánh cửa.
after-release-cell-embassy-please = Nói rằng bạn muốn nói chuyện với đại sứ quán trước khi trả lời bất cứ điều gì
    .feedback = Một yêu cầu chính đáng, và đại sứ quán có thể lên tiếng thay bạn. Có những nước hoàn toàn không có đại sứ quán ở Thái Lan, nên có thể lâu hơn mới liên lạc được.
after-release-cell-stay-quiet = Không nói gì về khu lừa đảo. Thừa nhận đã ở đó có thể làm mọi chuyện tệ hơn
    .feedback = Nỗi sợ bị trừng phạt là điều bọn chủ khu lừa đảo trông cậy vào. Nỗi sợ ấy là dễ hiểu, và đó không phải lỗi của bạn. Nhưng không có câu chuyện của bạn, cán bộ chỉ thấy một người nhập cảnh không giấy tờ.

## The interview

after-release-screening-interpreter = Mời anh ngồi. Đây là nhân viên công tác xã hội; chị ấy cũng sẽ lắng nghe. Chúng tôi nói chậm, và anh có thể nhờ nhắc lại.
after-release-screening-how = Anh đến Myanmar bằng cách nào? Ai lấy hộ chiếu của anh? Họ bắt anh làm việc gì?
    .discuss = Điều gì khiến người ta khó kể hết mọi chuyện với một cán bộ?
after-release-screening-money = Anh có lấy tiền của ai không? Hãy nói thật.
after-release-screening-tell-all = Kể hết, kể cả những cuộc nhắn tin lừa đảo bạn bị ép viết
    .feedback = Phần khó nói nhất, và thường là phần cho thấy rõ nhất rằng bạn bị ép. Người bị ép phạm tội trong khu lừa đảo thì không nên bị trừng phạt vì việc đó.
after-release-screening-leave-out = Kể việc bạn bị lừa và bị giam, nhưng bỏ qua những gì họ bắt bạn làm
    .feedback = Nhiều người sống sót giữ lại phần đó, vì xấu hổ hay vì sợ. Những gì bạn đã kể đủ để họ thấy bạn bị buôn bán. Nếu sau này muốn kể nốt, nhân viên công tác xã hội là người nên nghe.
after-release-screening-overstayed = Chỉ nói là bạn ở quá hạn thị thực và muốn về nhà
    .feedback = Nghe có vẻ là lối ra nhanh nhất, và an toàn nhất. Nhưng cán bộ chỉ bảo vệ được nạn nhân mà họ biết: là người ở quá hạn, bạn không có nơi tạm trú, không có hỗ trợ, và không có hồ sơ nào về những kẻ đã buôn bán bạn.

after-release-overstay-processed = Bạn bị xử lý như người vi phạm quy định xuất nhập cảnh: thêm nhiều ngày bị giữ, những tờ khai bằng thứ tiếng bạn không đọc được, một hàng người đàn ông chờ chuyến bay.
after-release-overstay-flight = Nhiều tuần sau, bạn được đưa lên máy bay. Không ai hỏi chuyện gì đã xảy ra với bạn, và người chờ bạn ở nhà cũng không ai biết.

after-release-embassy-where = Xin chào. Đây là Cao ủy Uganda tại Kuala Lumpur. Đại sứ của chúng tôi phụ trách Thái Lan làm việc từ đây, ở Malaysia; không có ai gần hơn.
after-release-embassy-confirmed = Nhà chức trách Thái Lan đã xác nhận anh là nạn nhân buôn người. Nhờ vậy chúng tôi có thể bắt đầu đưa anh về. Chúng tôi đang làm giấy thông hành khẩn cấp cho anh.
after-release-embassy-wait = Trong lúc đó, IOM và chính phủ Thái Lan bố trí cho anh ở một nơi tạm trú gần biên giới. Chúng tôi chưa thể hẹn ngày. Mong anh kiên nhẫn.

## Weeks in a shelter

after-release-shelter-weeks = Nơi tạm trú sạch sẽ và yên tĩnh. Thứ Ba có bác sĩ. Một tuần thành ba tuần, rồi năm tuần.
after-release-shelter-phone = Một nhân viên công tác xã hội cho bạn mượn điện thoại gọi về nhà. Mới đổ chuông lần đầu, { $relative } đã nghe máy.
    .discuss = Gia đình bạn sẽ phản ứng thế nào với một cuộc gọi như thế?
after-release-shelter-tell-everything = Kể hết với { $relative }: khu lừa đảo, lời nói dối của người môi giới, và rằng bạn không nợ hắn gì cả
    .feedback = Sự thật quan trọng, và gia đình bạn cần biết: người môi giới vẫn còn đó. Nhưng nghe những điều ấy qua điện thoại, từ xa, cũng có thể rất khó.
after-release-shelter-only-safe = Chỉ nói là bạn an toàn và sắp về. Chuyện còn lại để về nhà rồi nói
    .feedback = Muốn gia đình đỡ lo là điều tử tế, và có những chuyện dễ nói hơn khi gặp mặt. Cái giá: cho tới khi bạn về, họ chỉ có câu chuyện của người môi giới.
after-release-shelter-social-worker = Nhờ nhân viên công tác xã hội cùng tham gia cuộc gọi và giúp giải thích chuyện đã xảy ra
    .feedback = Phải mất hai ngày để sắp xếp, và { $relative } buồn vì bạn không tự gọi ngay. Nhưng một giọng nói thứ hai, của người làm đúng công việc này, có sức nặng mà một giọng nói mệt mỏi không có.

after-release-disbelief-agent = Người môi giới đến nhà. Hắn bảo con bỏ trốn khỏi một công việc tốt, và giờ nhà mình nợ hắn tiền vé.
after-release-disbelief-owe = Lừa đảo à? Nghe con mệt lắm. Chủ nợ tháng nào cũng đến. Từ khi con đi, nhà mình đã trả lãi cho khoản USh { $loan }.
after-release-disbelief-brother = Hắn có việc khác, công ty khác, một khách sạn ở Bangkok, ${ $pay } một tháng. { $brother } muốn nhận để trả nợ cho nhà. Tuần sau nó đi.
    .discuss = Vì sao một gia đình có thể tin người môi giới hơn tin chính con mình?
after-release-disbelief-insist = Nói lại thật chậm: cùng một người môi giới, cùng một khách sạn ở Bangkok. Xin { $brother } đừng đi
    .feedback = Bạn đã làm điều đúng, rõ ràng hết mức một người có thể. Các gia đình thường tin người môi giới: hắn đã ngồi trong nhà họ, nói năng tự tin, và đưa ra lối thoát khỏi món nợ. Đó là mánh khóe, và nếu nó lừa được họ thì đó không phải lỗi của bạn.
after-release-disbelief-ask-worker = Đừng cãi lúc này. Nhờ nhân viên công tác xã hội gọi cho họ ngày mai, cùng với bạn
    .feedback = Chờ thêm một ngày, và { $relative } dập máy trong bực bội. Nhưng một giọng nói chính thức giải thích cách bọn môi giới hoạt động có thể chạm tới một gia đình mà lời van nài của con không chạm tới được.
after-release-disbelief-let-go = Có thể công ty này khác thật. Dặn { $brother } gửi vị trí mỗi ngày
    .feedback = Sau nhiều tháng xa nhà, cãi nhau với gia đình qua điện thoại thật khó, và một công ty khác nghe cũng có lý. Nhưng cùng người môi giới, cùng lời hứa việc làm khách sạn ở Bangkok, chính là khuôn mẫu đã đưa bạn vào đó.

after-release-believed-listened = Nhân viên công tác xã hội giải thích cách các khu lừa đảo tuyển người, và kết quả sàng lọc. Rất lâu sau { $relative } vẫn im lặng.
after-release-believed-agent = Rồi { $relative } xin lỗi: cả nhà đã tin người môi giới. { $brother } sẽ không nhận việc của hắn, và nếu hắn quay lại, họ sẽ gọi cảnh sát.
after-release-believed-money = "Nhưng chủ nợ vẫn đòi tiền. Con cứ về đã, rồi tính."

after-release-end-brother-gone = { $brother } đã đi chín ngày trước chuyến bay của bạn. Tin nhắn cuối cùng của cậu ấy gửi từ Mae Sot: một tài xế đang chở cậu "tới khách sạn". Xuống sân bay Entebbe, bạn và { $relative } đi thẳng tới Bộ Ngoại giao và cảnh sát, mang theo tên người môi giới, số điện thoại của hắn và mọi tin nhắn. Bạn đã nói sự thật, rõ ràng và kịp thời, vậy mà người ta lại tin người môi giới. Mánh khóe ấy vận hành như thế, và đó không phải lỗi của bạn. Đã có những gia đình báo sớm cho Bộ, đại sứ quán và IOM và đưa được người thân về nhà.

## Home

after-release-home-land = Máy bay hạ cánh xuống Entebbe. Ở cửa ra, { $relative } đang chờ, gầy hơn bạn nhớ.
after-release-home-lender = Ở nhà có chủ nợ. Tháng nào ông ta cũng đến, và giờ muốn lấy lại USh { $loan } cùng tiền lãi, sớm.
after-release-home-neighbours = Hàng xóm hỏi sao đi nước ngoài chín tháng mà về tay trắng. Có những đêm bạn không ngủ được.
    .discuss = Điều gì giúp người ở hoàn cảnh này nhiều hơn: tiền, việc làm, hay những người tin họ?

after-release-offer-post = Đăng trong nhóm "Back Home - Returnees Uganda": Từ châu Á về mang theo nợ? Đừng ngồi không ở nhà. Công ty thật ở { $abroad }, việc văn phòng và kho hàng, ${ $pay } một tháng, bao vé máy bay và thị thực. Chào đón người mới về: các bạn đã rành máy tính. Nhắn riêng cho tôi.
after-release-offer-dm = Anh em, tôi cũng từng ở Myanmar, tôi biết công ty nào xấu. Chỗ này sạch. Tôi đã gửi sáu người rồi. Tôi có thể giữ chỗ cho anh.
after-release-offer-reply = Trả lời anh ta. Anh ta cũng từng ở đó; anh ta biết công ty xấu trông thế nào
    .feedback = Người từng trải qua cùng chuyện có vẻ là người đáng tin nhất, và nhóm của những người mới về có vẻ là nơi an toàn. Kẻ tuyển người biết cả hai điều đó, và họ biết ai đang mắc nợ.
after-release-offer-ask-details = Hỏi tên đầy đủ của công ty, hợp đồng, và công ty môi giới có giấy phép nào lo việc này
    .feedback = Những câu hỏi đúng: chủ sử dụng lao động thật có tên, địa chỉ và hợp đồng bằng văn bản, còn công ty môi giới thật có giấy phép bạn kiểm tra được. Câu trả lời của anh ta sẽ nói lên nhiều điều.
after-release-offer-ask-caseworker = Chuyển bài đăng cho cán bộ hỗ trợ của IOM và hỏi chị ấy nghĩ sao
    .feedback = Ý kiến thứ hai từ người hiểu cách kẻ tuyển người làm việc, và không đòi gì ở bạn. Mất một hai ngày, và "chỗ" anh ta đang giữ có thể mất.
after-release-offer-find-iom = Tìm văn phòng IOM ở Uganda và hỏi họ về bài đăng, và về hỗ trợ cho người mới trở về
    .feedback = Không ai giao cho bạn một cán bộ hỗ trợ, nên bạn tự đi tìm. Phải gọi vài cuộc, và "chỗ" anh ta đang giữ có thể mất. IOM giúp những người từng bị buôn bán, kể cả những người chưa từng được xác định ở nước ngoài.

after-release-fee-company = Tên công ty tôi đưa sau khi anh ký, đó là bí mật. Hợp đồng thì tới nơi mới có.
after-release-fee-fee = Có phí làm hồ sơ, USh { $fee }, cho thị thực và khám sức khỏe. Hoặc công ty trừ vào lương tháng đầu; nhiều người làm vậy.
after-release-fee-seats = Tháng này chỉ còn ba chỗ. Tôi cần câu trả lời của anh hôm nay.
after-release-fee-pay-fee = Vay tiền đóng phí. Một công việc tốt ở nước ngoài sẽ trả hết nợ
    .feedback = Khi chủ nợ đã đứng trước cửa, một khoản phí có thể chấm dứt mọi chuyện nghe thật đáng để liều. Chính vì thế kẻ tuyển người tìm đến những ai vừa về nhà với món nợ.
after-release-fee-from-salary = Để họ trừ vào lương tháng đầu. Ít ra không phải vay thêm
    .feedback = Nghe như một sự tử tế, và món nợ lần trước cũng bắt đầu như thế: bạn bắt đầu công việc khi đã nợ tiền những kẻ quyết định bạn ngủ ở đâu và khi nào được rời đi.
after-release-fee-check-first = Nói với anh ta rằng bạn sẽ kiểm tra công ty môi giới với bộ lao động trước đã
    .feedback = Công ty môi giới thật có thể chờ một ngày để được kiểm tra, và công ty thật có tên trước khi bạn ký. Cái giá cũng là thật: nếu công việc là thật, bạn có thể mất chỗ, và gia đình sẽ hỏi vì sao bạn không đồng ý.

after-release-checked-list = Bạn tra danh sách các công ty tuyển dụng được cấp phép của bộ lao động. Không có { $recruiter }, cũng không có công ty nào ở { $abroad } mà anh ta làm cho.
after-release-checked-blocked = Khi bạn hỏi công ty môi giới có giấy phép nào lo việc này, anh ta gọi bạn là đồ vô ơn, rồi chặn bạn.
after-release-checked-angry = Lần này { $relative } nổi giận: "Có việc đến mà con từ chối? Giờ ai trả cho chủ nợ?"
    .discuss = Làm sao một người có thể từ chối một lời mời rủi ro khi chính gia đình muốn họ nhận lời?
after-release-checked-report = Tố cáo { $recruiter } với cảnh sát, và đăng cảnh báo trong nhóm người mới trở về
    .feedback = Lời tố cáo và lời cảnh báo của bạn có thể tới được những người có cùng món nợ và cùng hy vọng. Nó không trả được chủ nợ, và { $relative } có thể chưa thấy ích lợi.
after-release-checked-stall = Nhận lời người em họ: bán hàng ở sạp chợ của cô ấy tại { $home }, lương ít
    .feedback = Một công việc thật, gần nhà, từ người bạn gặp mỗi ngày: không phải lời mời nào cũng là bẫy, và việc này đúng như lời nói. Cái giá là đồng lương, và món nợ sẽ lâu mới trả xong.
after-release-checked-iom = Hỏi IOM có những hỗ trợ gì cho người mới trở về
    .feedback = Có những sự giúp đỡ không đòi đáp lại, và người sống sót có quyền được nhận. Nó chậm hơn một công việc ở nước ngoài, và không trả được chủ nợ tháng này.

after-release-support-hello = Chào { $name }, đây là IOM. Cảm ơn anh đã liên hệ.
after-release-support-post = Một công ty không tên, lương cao hơn hẳn giá trị công việc, bao hết mọi thứ, và một kẻ tuyển người đi tìm những ai mắc nợ: đó là những dấu hiệu giống hệt lần đầu. Nếu anh ta đòi phí, xin đừng gửi gì cả.
after-release-support-offer = Chúng tôi có thể hỗ trợ tư vấn tâm lý, và cùng anh bàn bước tiếp theo, gần nhà. Sẽ chậm hơn những gì anh ta hứa.
after-release-support-counselling = Nhận tư vấn tâm lý, và hỏi về việc làm gần nhà
    .feedback = Tâm sự với ai đó sau những gì bạn đã trải qua không phải là yếu đuối; đó là sự giúp đỡ bạn có quyền nhận. Việc làm sẽ đến chậm hơn, nhưng là thật.
after-release-support-warn-group = Nhờ chị ấy giúp viết lời cảnh báo cho nhóm người mới trở về
    .feedback = Lời cảnh báo từ người từng ở đó, được kiểm tra cùng người hiểu chuyện, có thể ngăn người tiếp theo trả lời.
after-release-support-apply-anyway = Cảm ơn chị ấy, nhưng chủ nợ không chờ. Nhắn lại cho { $recruiter }
    .feedback = Món nợ là thật và áp lực là thật. Nhưng lương cao, khoản phí và kẻ tuyển người săn lùng người mắc nợ là đúng những dấu hiệu như lần trước.

after-release-end-fee-gone = Bạn vay USh { $fee } của người anh họ và gửi đi. { $recruiter } cảm ơn, bảo thị thực "đang xử lý", và một tuần sau số điện thoại lẫn bài đăng của anh ta đều biến mất. Giờ có hai món nợ. Đó không phải lỗi của bạn: anh ta cố tình tìm những người vừa về nhà với món nợ, vì nợ nần khiến một lời "đồng ý" vội vàng tưởng như lối thoát duy nhất. Giữ lại mọi tin nhắn và biên nhận chuyển tiền, tố cáo anh ta với cảnh sát, và cảnh báo cả nhóm.
after-release-end-again = Bạn đồng ý để phí trừ vào lương. Vé đi { $abroad }; rồi một chuyến nối sang Bangkok, một tài xế, và con đường dài tới một thị trấn biên giới. Tới khi bạn hiểu ra, "khoản phí" đã lại thành món nợ, và câu chuyện dừng ở đây. Chuyện này xảy ra với cả những người đã từng trải qua: kẻ tuyển người biết những món nợ đang chờ ở nhà. Không điều gì trong đó là lỗi của bạn, và những lối giúp đỡ vẫn vậy: đại sứ quán, IOM, và gia đình bạn.
after-release-end-reported = Cảnh sát ghi lời khai của bạn về { $recruiter }, và lời cảnh báo của bạn được ghim trên đầu nhóm. Hai người nhắn rằng họ suýt nữa đã trả tiền cho anh ta. Chủ nợ vẫn đến, và { $relative } vẫn lo. Nhưng tháng này không ai trong nhóm đi theo { $recruiter }, và giờ bạn hiểu những dấu hiệu ấy hơn ai hết.
after-release-end-local = Thứ Hai bạn bắt đầu làm ở sạp của người em họ tại { $home }. Lương chỉ bằng một phần nhỏ những gì { $recruiter } hứa, và chủ nợ càu nhàu, nhưng chịu nhận trả dần từng ít. Có những đêm vẫn còn khó khăn. Nhưng bạn ngủ ở nhà, và công việc đúng như lời người em họ nói.
after-release-end-support = Buổi tư vấn đầu tiên bắt đầu vào tuần sau, với một người đã từng nghe những câu chuyện như của bạn. Mọi thứ chậm, và món nợ không biến mất. Nhưng bước nào bạn cũng kiểm tra được, và những người giúp bạn không đòi gì đáp lại.

## The catalogue's red flags, in this story's setting

after-release-redflag-informal-border = Chuyến xe vòng qua trạm kiểm soát
    .explain = Sau nhiều tháng trong khu lừa đảo, một tài xế hứa ba ngày là về tới nhà nghe như được giải cứu. Rời vùng biên giới mà không qua cán bộ nghĩa là không được sàng lọc, không có hồ sơ về những gì đã xảy ra với bạn, và có nguy cơ bị giữ như người nhập cư trái phép thay vì được giúp như nạn nhân.
    .advice = Ở lại với cán bộ và các tổ chức phi chính phủ ở biên giới, dù chậm, và xin liên hệ với đại sứ quán. Đừng bao giờ trả tiền cho tài xế để né trạm kiểm soát.

after-release-redflag-pay-too-good = Cùng một lời hứa, lần thứ hai
    .explain = Một gia đình mắc nợ muốn tin rằng có việc tốt đang chờ. Lời mời quay lại, từ cùng người môi giới hay một người mới, với cùng kiểu hứa hẹn, trông cậy vào chính hy vọng ấy, và món nợ ấy.
    .advice = Hãy coi lời mời từ cùng người môi giới, hay cùng kiểu lời mời, là cùng một mối nguy. Kiểm tra mọi công việc ở nước ngoài với danh sách công ty được cấp phép của bộ lao động, và kể cho gia đình chuyện đã xảy ra trước khi họ quyết định.

after-release-redflag-friend-vouches = Một người cũng từng ở đó
    .explain = Một người cùng cảnh mới trở về hiểu những gì bạn đã trải qua, nên lời anh ta nghe an toàn. Có thể anh ta cũng tin lời mời ấy, hoặc được trả tiền, hoặc bị ép phải kéo người vào.
    .advice = Cảm ơn anh ta, rồi tự kiểm tra công việc: công ty môi giới có giấy phép, hợp đồng, chủ sử dụng lao động. Hỏi IOM hoặc đại sứ quán trước khi trả lời.

after-release-redflag-social-media-ad = Quảng cáo trong nhóm người mới trở về
    .explain = Một nhóm dành cho người mới về nhà có cảm giác như chốn an toàn giữa bạn bè. Kẻ tuyển người đăng bài ở đó vì biết các thành viên đang mắc nợ và muốn có việc nhanh.
    .advice = Tìm việc qua các công ty môi giới có giấy phép và những người bạn kiểm tra được. Báo những bài đăng như thế cho quản trị viên nhóm và cảnh sát.

after-release-redflag-upfront-fee = Một khoản phí để đi lần nữa
    .explain = Khi chủ nợ đã đứng trước cửa, trả một khoản phí để xóa hết nợ nghe có vẻ hợp lý. Trả rồi thì rút lui nghĩa là mất luôn số tiền đó.
    .advice = Đừng trả tiền cho một cá nhân để có việc ở nước ngoài. Hỏi bộ lao động khoản phí nào là hợp pháp, và luôn đòi biên lai chính thức.

after-release-redflag-debt-bondage = Khoản phí "trừ vào lương"
    .explain = Để phí trừ vào lương nghe thật tử tế: không phải vay gì. Nhưng bạn đến nơi khi đã nợ tiền những kẻ quyết định bạn ngủ ở đâu và khi nào được rời đi, và món nợ lần trước cũng bắt đầu như thế.
    .advice = Đừng bao giờ bắt đầu một công việc ở nước ngoài khi đã nợ chủ hay kẻ tuyển người. Việc làm thật có hợp đồng bằng văn bản ghi rõ lương của bạn, và một công ty môi giới có giấy phép chịu trách nhiệm về nó.
