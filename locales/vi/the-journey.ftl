# Machine-drafted translation: needs review by a native speaker.
the-journey-title = Chuyến đi
the-journey-summary = Bạn đã nhận lời một công việc ở nước ngoài, và giờ đang trên đường đi. Mỗi chặng đường đều có một dấu hiệu cảnh báo, và một lối thoát.
the-journey-content-note = Câu chuyện này có nhắc đến nạn mua bán người và những lời đe dọa. Không có cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

the-journey-character-recruiter = { $recruiter }, Trưởng phòng Nhân sự
the-journey-character-officer = Cán bộ xuất nhập cảnh
the-journey-character-contact = { $contact }, tài xế của công ty

## Variables

the-journey-traveller-linh = Linh, một kế toán đến từ Việt Nam
the-journey-traveller-arjun = Arjun, một nhân viên kiểm thử phần mềm đến từ Ấn Độ
the-journey-traveller-grace = Grace, một giáo viên đến từ Uganda
the-journey-traveller-joseph = Joseph, một cử nhân công nghệ thông tin đến từ Kenya
the-journey-traveller-minh = Minh, 17 tuổi, ở một làng quê Nghệ An, Việt Nam, đã nghỉ học để phụ giúp gia đình

the-journey-hub-dubai = Dubai
the-journey-hub-hong-kong = Hồng Kông
the-journey-hub-singapore = Singapore
the-journey-hub-kuala-lumpur = Kuala Lumpur

the-journey-recruiter-vicky = Vicky
the-journey-recruiter-anna = Anna
the-journey-recruiter-kelly = Kelly

the-journey-contact-tony = Tony
the-journey-contact-ben = Ben
the-journey-contact-jack = Jack

the-journey-relative-sister = chị gái
the-journey-relative-brother = anh trai
the-journey-relative-mother = mẹ
the-journey-relative-cousin = em họ

## Home, the night before the flight

the-journey-start-who = Bạn là { $traveller }. Ba tuần trước, một người tuyển dụng tên { $recruiter } mời bạn làm nhân viên hỗ trợ khách hàng ở Bangkok: ${ $salary } một tháng, được lo vé máy bay và chỗ ở. Không ai hỏi bạn bao nhiêu tuổi, hay xin một người giới thiệu nào.
    .discuss = Đến đêm trước khi bay, bạn đã làm những gì và đã tiêu tốn những gì?
the-journey-start-tonight = Gia đình đã giúp bạn chuẩn bị, và bạn đã chào tạm biệt bạn bè. Sáng mai bạn bay. Hành lý đã xếp xong thì điện thoại rung lên.

the-journey-briefing-ticket = Chào em! Vé đã gửi vào email rồi nhé. Chuyến bay đầu chỉ đến { $hub } thôi. Em hạ cánh thì chị gửi vé tiếp.
    .discuss = Tin nhắn nào trong số này khiến bạn lo, và tin nào nghe bình thường?
the-journey-briefing-visa = Em đi bằng visa du lịch. Visa lao động lâu lắm, sang Bangkok mình đổi. Ai cũng làm vậy hết.
the-journey-briefing-holiday = Ở chỗ xuất nhập cảnh, nói là đi du lịch. Đừng nói đi làm. Đừng nói tên công ty.
the-journey-briefing-delete = Với lại trước khi ra sân bay nhớ xóa đoạn chat này nhé. Quy định công ty.
the-journey-briefing-ask-visa = Hỏi vì sao một công việc thật lại cần visa du lịch, và đề nghị được xem hợp đồng trước
    .feedback = Một câu hỏi hay. Chủ lao động thật sẽ lo visa lao động cho bạn trước khi đi. Câu "đổi sau" chính là cách một công việc biến thành một chuyến đi không có quyền làm việc và không được bảo vệ.
the-journey-briefing-forward = Trả lời OK, nhưng chuyển cả đoạn chat cho { $relative } trước khi xóa
    .feedback = Để lại một bản sao cho người bạn tin tưởng là khôn ngoan, và về sau có thể rất quan trọng. Nhưng dấu hiệu cảnh báo là visa du lịch: một công việc thật ở nước ngoài bắt đầu bằng visa lao động.
the-journey-briefing-agree = Trả lời OK. Họ làm việc này nhiều lần rồi, chắc họ biết
    .feedback = Visa du lịch là dấu hiệu cảnh báo. Người tuyển dụng nói như thể đó là một lối tắt bình thường. Nó hiệu quả vì họ nói giọng bình thản, chắc chắn, và bạn thì đã nhận lời làm rồi.

the-journey-pushback-normal = Sao hỏi nhiều vậy? Ai sang cũng đi như vậy mà.
the-journey-pushback-contract = Hợp đồng thì ký ở văn phòng. Sếp bận lắm.
the-journey-pushback-cancel = Sáng mai là bay rồi. Giờ mà hủy thì em phải trả lại tiền vé: ${ $ticket }.
the-journey-pushback-trust = Chị tưởng em tin chị. Nhiều người muốn việc này lắm đấy.
the-journey-pushback-check-agency = Trước khi quyết định, gọi cho cơ quan quản lý lao động ngoài nước để hỏi về công việc này
    .feedback = Bạn đã nhận ra sự ép buộc: không có hợp đồng, đe dọa về tiền, và làm bạn thấy có lỗi. Chủ lao động thật có thể đợi một ngày để bạn kiểm tra. Cơ quan đó có thể cho bạn biết người tuyển dụng có giấy phép không và công việc có được đăng ký không.
the-journey-pushback-go-anyway = Đi. Bạn không trả nổi tiền vé, và gia đình đang trông cậy vào bạn
    .feedback = Sự vội vã, một "khoản nợ" tiền vé và không có hợp đồng bằng văn bản là những chiêu gây áp lực. Chúng hiệu quả với bất kỳ ai đã lên kế hoạch và đã báo với gia đình. Một công việc thật có thể đợi một ngày để bạn kiểm tra.
the-journey-pushback-go-watchful = Đi, nhưng tự hứa sẽ quay về ngay khi có điều đầu tiên không khớp
    .feedback = Lời hứa với chính mình rất đáng có, và nhiều người cũng hứa như vậy. Nhưng khó giữ khi đã lên đường: mỗi bước khiến bước sau có vẻ nhỏ hơn. Nói với một người ở nhà "điều đầu tiên" đó là gì sẽ giúp bạn giữ lời dễ hơn.

the-journey-end-agency = Cán bộ ở cơ quan quản lý lao động ngoài nước đã kiểm tra giúp bạn. Người tuyển dụng không có giấy phép, và công việc không được đăng ký. "Việc làm thật ở nước ngoài phải có visa lao động và hợp đồng ký trước khi bay," chị ấy nói. Bạn ở nhà. { $recruiter } thôi không trả lời nữa, và chẳng ai đòi tiền vé cả.

## The home airport

the-journey-departure = Ở sân bay, bạn đến quầy kiểm soát hộ chiếu. Cán bộ nhìn visa du lịch của bạn, rồi nhìn bạn. "Mục đích chuyến đi của bạn là gì?" Trong đầu bạn vang lên lời { $recruiter }: nói là đi du lịch.
    .discuss = Vì sao người tuyển dụng lại muốn bạn nói dối chính người có thể đặt câu hỏi?
the-journey-departure-say-holiday = Nói "đi du lịch", như đã được dặn
    .feedback = Bị dặn phải nói gì ở cửa xuất nhập cảnh là một dấu hiệu cảnh báo. Cán bộ hỏi vì họ được đào tạo để phát hiện mua bán người. Nói dối khiến bạn mất đi người duy nhất ở đây có nhiệm vụ bảo vệ bạn.
the-journey-departure-tell-truth = Nói thật: bạn đi làm, bằng visa du lịch
    .feedback = Điều đó cần can đảm. Chủ lao động thật không bao giờ cần bạn nói dối ở biên giới, và nói thật giúp cán bộ có thể giúp bạn.
the-journey-departure-turn-back = Không nói gì. Rời khỏi hàng và về nhà
    .feedback = Nghe theo linh cảm xấu là điều hoàn toàn ổn. Quay về thì mất một tấm vé. Đi tiếp có thể mất nhiều hơn thế rất nhiều.

the-journey-officer = Cán bộ đặt hộ chiếu của bạn xuống. "Cảm ơn bạn đã nói thật. Bạn không gặp rắc rối gì đâu. Chúng tôi thấy nhiều lời mời việc làm giống thế này, và có những lời mời kết thúc ở các khu lừa đảo bên kia biên giới. Bạn cho tôi xem tin nhắn được không?"
the-journey-officer-show = Cho cán bộ xem tin nhắn
    .feedback = Ở đây, cán bộ là người giúp đỡ thật sự. Nhân viên sân bay tuần nào cũng thấy những tuyến đường này. Đoạn chat giúp họ kiểm tra người tuyển dụng, và cảnh báo người khác.
the-journey-officer-back-out = Hoảng sợ. Nói rằng chỉ là hiểu lầm và bạn đi du lịch thật
    .feedback = Sợ gặp rắc rối chính là điều người tuyển dụng trông vào. Ở đây, cán bộ đứng về phía bạn. Trên đường đi, bạn vẫn có thể đổi ý sau.
the-journey-officer-take-card = Cho xem tin nhắn, nhưng nói rằng bạn đã quyết định đi. Xin danh thiếp của cán bộ.
    .feedback = Cán bộ không phải lúc nào cũng giữ được một người trưởng thành có visa hợp lệ, và bạn có quyền quyết định. Tấm danh thiếp có giá trị: một cán bộ ở quê nhà biết tên và lộ trình của bạn là người gia đình bạn có thể gọi.

the-journey-end-officer = Cán bộ đọc đoạn chat và gọi một đồng nghiệp chuyên xử lý các vụ mua bán người. Không có visa lao động, không có công ty môi giới được cấp phép, chỉ có một câu chuyện đi du lịch. Bạn lỡ chuyến bay, nhưng bạn không gặp rắc rối gì. Thông tin bạn cung cấp giúp họ cảnh báo những người khác nhận được cùng lời mời.

the-journey-end-turned-back = Bạn đã quay về. Cảm giác như thất bại, và bạn lo về tiền. Nhưng bạn không nợ gì những kẻ bảo bạn nói dối. Về nhà, bạn đã báo { $recruiter } với cơ quan quản lý lao động ngoài nước, và giờ cơ quan đó cảnh báo người khác về lời mời này.

## The transit city

the-journey-transit-landed = Em đến { $hub } rồi hả? Tốt. Vé tiếp theo chị gửi vào email rồi: { $hub } đi Bangkok.
    .discuss = Đổi máy bay là chuyện bình thường. Điều gì ở chuyến đi này thì không bình thường?
the-journey-transit-others = Trên chuyến bay của em còn ba nhân viên mới nữa. Đừng ngồi cùng họ. Đừng nói chuyện. Coi như không quen nhau.
the-journey-transit-hotel = Nếu xuất nhập cảnh Bangkok hỏi thì đưa phiếu đặt phòng khách sạn. Là đi du lịch.
the-journey-transit-turn-back-hub = Quá nhiều bí mật. Ra quầy hãng hàng không hỏi chuyến bay về nhà
    .feedback = Vé gửi từng chặng, một thành phố quá cảnh và câu "đừng nói chuyện với người khác" khiến hành trình của bạn khó theo dõi, cho cả nhà chức trách lẫn gia đình bạn. Quay về ở đây vẫn còn kịp.
the-journey-transit-tell-family = Lên máy bay, nhưng trước đó gửi cho { $relative } cả hai vé, số điện thoại của người tuyển dụng và ảnh hộ chiếu
    .feedback = Bạn đã nhận ra hành trình này được dựng lên để khó theo dõi. Giờ một người bạn tin tưởng có thể theo dõi nó. Dù chuyện gì xảy ra tiếp theo, bản sao đó có thể giúp ích.
the-journey-transit-ask-others = Vẫn ngồi cạnh những người được tuyển khác, và lặng lẽ so xem mỗi người được hứa gì
    .feedback = Bạn thấy lộ trình được dựng để tách các bạn ra. So chuyện với nhau là cách người được tuyển nhận ra lời hứa không khớp: người này được hứa chăm sóc khách hàng, người kia nhập liệu; người này Bangkok, người kia "gần Bangkok".
the-journey-transit-board = Lên máy bay. Nhiều người vẫn đổi máy bay mà
    .feedback = Đổi máy bay là chuyện bình thường. Vé gửi từng chặng, và lệnh không được nói chuyện với những người được tuyển khác, thì không bình thường. Chúng che giấu nơi bạn thật sự đến, và ngăn những người được tuyển so sánh câu chuyện với nhau.

## Bangkok airport

the-journey-arrival-welcome = Chào mừng đến Bangkok! Anh là { $contact }, người của công ty. Bay ổn chứ?
    .discuss = Vì sao lại đòi hộ chiếu ngay ở đây, ngay sau một chuyến bay dài? Một người có thể nói gì để giữ lại hộ chiếu của mình?
the-journey-arrival-passport = Đưa hộ chiếu đây. Anh mang lên văn phòng làm giấy phép lao động.
the-journey-arrival-back = Hai, ba ngày là có lại. Mấy người kia đưa rồi.
the-journey-arrival-hand-over = Đưa hộ chiếu. Để làm giấy phép lao động mà
    .feedback = Hộ chiếu là đường về nhà của bạn và là giấy tờ chứng minh bạn là ai. Chủ lao động thật không cần giữ nó. Họ đòi ngay ở sân bay vì bạn đang mệt và những người khác đã đồng ý rồi.
the-journey-arrival-keep = Mỉm cười, và nói bạn sẽ tự giữ và tự mang đến văn phòng
    .feedback = Đúng vậy. Chủ lao động không có lý do gì để giữ hộ chiếu của bạn. Một công ty thật có thể photo ngay trước mặt bạn rồi trả lại luôn.
the-journey-arrival-photo = Đề nghị anh ta chụp ảnh trang hộ chiếu thay vì giữ
    .feedback = Một cách dung hòa tốt: nhà tuyển dụng cần thông tin của bạn có thể sao chép trước mặt bạn rồi trả hộ chiếu ngay. Hãy xem anh ta trả lời thế nào: người chỉ cần bản sao sẽ chụp ảnh.

the-journey-refuse-unhappy = Hừm. Sếp sẽ không vui đâu.
the-journey-refuse-permit = Không có hộ chiếu thì không có giấy phép lao động. Thế thì tự trả tiền làm giấy phép. Đắt lắm đấy.
the-journey-refuse-van = Đi ngay. Xe đang đợi. Mọi người đang đợi mỗi em.
the-journey-refuse-call-embassy = Quay lại nhà ga và gọi cho đại sứ quán của nước bạn ở Bangkok, bằng số trên trang web chính thức
    .feedback = Một bước đi mạnh mẽ. Hãy dùng số trên trang web của chính đại sứ quán, không phải số do ai đó đưa cho bạn. Nhà ga là nơi an toàn để gọi: xung quanh có nhân viên, camera và rất nhiều người.
the-journey-refuse-give-in = Đưa hộ chiếu. Mọi người đang nhìn chằm chằm, và bạn mệt quá rồi
    .feedback = Sau một chuyến đi dài, rất khó cưỡng lại áp lực từ cả nhóm, và họ đã tính trước điều đó. Không có hộ chiếu, bạn dễ bị khống chế hơn. Hãy nhớ: kể cả khi không có hộ chiếu, đại sứ quán vẫn có thể giúp bạn.
the-journey-refuse-keep-go = Giữ hộ chiếu trong túi và lên xe
    .feedback = Giữ được hộ chiếu là điều quan trọng. Nhưng bạn đang lên xe cùng những người vừa ép buộc bạn. Hãy chắc chắn rằng một người bạn tin tưởng biết bạn đang ở đâu.

the-journey-end-embassy = Đại sứ quán bảo bạn ở yên trong nhà ga, và cử người đến gặp bạn. Bạn kể cho họ về chiếc xe. Nhà chức trách Thái Lan đã chặn chiếc xe trước khi nó rời đi, với ba người được tuyển kia vẫn còn ngồi bên trong. Công ty không có giấy phép lao động cho ai cả. Tất cả mọi người đã bay về nhà, hộ chiếu nằm trong túi của chính mình.

## The road north-west

the-journey-van-road = Chiếc xe chạy về hướng tây bắc suốt nhiều giờ. Bangkok đã ở rất xa phía sau.
    .discuss = Công việc vừa bị chuyển đi nơi khác. Ngồi trong xe, bạn vẫn còn làm được gì?
the-journey-van-change = { $contact } quay lại: "Thay đổi nhỏ thôi. Văn phòng giờ không ở Bangkok nữa. Nó ở gần Mae Sot. Tòa nhà mới, công ty to hơn. Việc vẫn vậy."
the-journey-van-whisper = Người phụ nữ ngồi cạnh bạn thì thầm: "Mae Sot nằm ngay biên giới. Em họ tôi bảo từ đó người ta qua sông sang bên kia."
the-journey-van-share-location = Lặng lẽ chia sẻ vị trí trực tiếp với { $relative }: "Họ đổi nơi làm rồi. Nếu không thấy trả lời nữa thì gọi đại sứ quán nhé."
    .feedback = Một công việc bị chuyển đi sau khi bạn đã nhận lời, và chuyển về phía biên giới, là dấu hiệu cảnh báo nghiêm trọng. Vị trí của bạn và chữ "đại sứ quán" cho gia đình bạn thông tin để hành động.
the-journey-van-call-relative = Nhắn cho { $relative }, người đã có vé của bạn: "Không phải Bangkok. Mae Sot. Gọi đại sứ quán." Chia sẻ vị trí trực tiếp
    .feedback = Một công việc bị chuyển đi sau khi bạn đã nhận lời, và chuyển về phía biên giới, là dấu hiệu cảnh báo nghiêm trọng. Gia đình bạn đã có vé và số điện thoại của người tuyển dụng, nên tin nhắn này đủ để họ hành động.
the-journey-van-ask-stop = Bảo { $contact } dừng xe: bạn muốn quay lại Bangkok
    .feedback = Bạn đã nhận ra: công việc đổi chỗ mà bạn không đồng ý, về phía biên giới. { $contact } cười và nói đã quá muộn, và xe không dừng. Hỏi là đúng; nó cho bạn biết bạn không còn tự do rời đi, và đó là lúc tìm mọi cách báo cho ai đó bên ngoài.
the-journey-van-stay-quiet = Im lặng. Vẫn là Thái Lan mà, công ty to hơn có khi lương cao hơn
    .feedback = Công việc bị chuyển đi mà bạn không đồng ý, về phía biên giới. Điều này đã được tính từ đầu: Thái Lan biến thành Myanmar hay Campuchia từng bước nhỏ một, để không bước nào có vẻ lớn.

the-journey-checkpoint-stop = Hai tiếng sau, chiếc xe chạy chậm lại ở một trạm kiểm soát trên đường. Một cán bộ đi dọc xe, nhìn từng khuôn mặt.
the-journey-checkpoint-text = Điện thoại bạn rung lên. Tin nhắn từ { $relative }: "Đã gọi đại sứ quán rồi. Họ đã báo nhà chức trách Thái Lan về chiếc xe. Lên tiếng đi!"
the-journey-checkpoint-order = { $contact } nói khẽ: "Nếu họ hỏi thì mình là khách du lịch đi chợ. Không nói gì khác."
the-journey-checkpoint-speak-up = Hạ kính xe và nói: "Chúng tôi sang để làm việc ở Bangkok. Họ đang đưa chúng tôi ra biên giới."
    .feedback = Bạn đã thấy con đường này dẫn đến đâu: một biên giới mà bạn không có cách hợp pháp nào để qua. Những cán bộ đang tìm chiếc xe chính là người cần được biết.
the-journey-checkpoint-show-phone = Giơ điện thoại lên cửa sổ, màn hình mở tin nhắn của { $relative } bạn
    .feedback = Bạn thấy con đường này dẫn tới đâu, và tìm được cách lên tiếng không cần lời. Các cán bộ đang tìm chiếc xe hiểu tin nhắn đó nghĩa là gì.
the-journey-checkpoint-stay-silent = Không nói gì. { $contact } đang ở ngay cạnh bạn
    .feedback = Sợ hãi vào lúc đó là bình thường, và im lặng không phải lỗi của bạn. Nhưng sự giúp đỡ thường chỉ có mặt trong chốc lát, và im lặng khiến khoảnh khắc đó trôi qua.

the-journey-checkpoint-alone-stop = Hai tiếng sau, chiếc xe chạy chậm lại ở một trạm kiểm soát trên đường. Một cán bộ đi dọc xe, nhìn từng khuôn mặt.
the-journey-checkpoint-alone-order = { $contact } nói khẽ: "Nếu họ hỏi thì mình là khách du lịch đi chợ. Không nói gì khác."
the-journey-checkpoint-alone-speak-up = Mở cửa sổ và nói: "Chúng tôi đến để làm việc ở Bangkok. Họ đang đưa chúng tôi ra biên giới."
    .feedback = Bạn thấy con đường này dẫn tới đâu, và nói to điều đó với một cán bộ. Đó chính là việc nên làm, và cần can đảm.
the-journey-checkpoint-alone-ask-toilet = Xin đi vệ sinh ở trạm kiểm soát, và nói với cán bộ ở đó, xa { $contact }
    .feedback = Bạn thấy con đường này dẫn tới đâu, và tìm được cách nói với cán bộ mà { $contact } không nghe thấy. Vừa cẩn thận vừa can đảm.
the-journey-checkpoint-alone-stay-silent = Không nói gì. { $contact } đang ở ngay cạnh bạn
    .feedback = Sợ hãi vào lúc đó là bình thường, và im lặng không phải lỗi của bạn. Nhưng sự giúp đỡ thường chỉ có mặt trong chốc lát, và im lặng khiến khoảnh khắc đó trôi qua.

the-journey-waved = Viên cán bộ lắng nghe. Rồi anh ta đi lên đầu xe và nói chuyện với { $contact } một lúc lâu. Có thứ gì đó đổi tay. Thanh chắn nâng lên. Không ai trong xe nói một lời. Đêm đó, ở một con sông không có trạm biên phòng, không có lúc nào để từ chối: bốn người đàn ông, một chiếc thuyền nhỏ, điện thoại của bạn trong túi của họ.

the-journey-end-checkpoint = Bạn đã lên tiếng, và cán bộ mở cửa xe. Vì { $relative } đã gọi cho đại sứ quán, nhà chức trách biết phải tìm gì. Cả bốn người được đưa xuống xe và được chăm sóc, còn { $contact } bị thẩm vấn. Đại sứ quán đã giúp bạn về nhà.

## The river near Mae Sot

the-journey-river-night = Đêm. Chiếc xe dừng lại ở cuối một con đường đất. Bạn nghe thấy tiếng nước.
    .discuss = Điều gì cho bạn biết đây không phải là cách bình thường để đi làm?
the-journey-river-bank = Ở đây không có trạm biên phòng. Không cờ, không cán bộ, không đóng dấu. Chỉ có một chiếc thuyền nhỏ và hai người đàn ông đang chờ.
the-journey-river-phones = { $contact }: "Điện thoại bỏ vào túi, chỉ lúc qua sông thôi. Văn phòng ở bên kia. Nhanh lên, nhanh lên."
the-journey-river-get-in = Đưa điện thoại và lên thuyền, như những người khác
    .feedback = Không công việc nào bắt đầu bằng việc qua sông ban đêm, xa mọi trạm biên phòng. Vượt biên không đóng dấu khiến bạn ở một nước khác mà không có giấy tờ, đó chính là điều bọn buôn người muốn.
the-journey-river-refuse-boat = Từ chối. Nói rằng bạn sẽ không qua biên giới ở nơi không có trạm biên phòng
    .feedback = Bạn đã nhận ra: vượt biên trái phép, ban đêm, bị lấy điện thoại. Bên kia sông là các khu lừa đảo quanh Myawaddy. Từ chối ở đây là điều khó khăn và dũng cảm.
the-journey-river-last-message = Quay đi một giây. Gửi cho { $relative } vị trí trực tiếp và tin nhắn "Sông gần Mae Sot. Gọi đại sứ quán." Rồi đưa điện thoại
    .feedback = Bạn đã thấy rõ việc vượt sông này là gì. Kể cả khi bạn không ngăn được chuyện đang xảy ra, một vị trí và chữ "đại sứ quán" đến đúng tay người cần có thể thay đổi những gì xảy ra tiếp theo.

the-journey-riverbank-angry = Muốn ở lại đây một mình hả? Trong bóng tối này?
the-journey-riverbank-owe = Em nợ công ty ${ $debt }. Vé máy bay, visa, khách sạn. Trả ngay, không thì lên thuyền.
the-journey-riverbank-walk-away = Giữ chặt hộ chiếu trong tay, đi bộ quay lại đường lớn, và gọi cho đại sứ quán
    .feedback = "Khoản nợ" được bịa ra ngay tại chỗ: bạn không nợ gì những kẻ đã lừa bạn về công việc. Đại sứ quán có đường dây khẩn cấp cho những đêm như thế này.
the-journey-riverbank-walk-away-no-passport = Đi bộ quay lại đường lớn và gọi cho đại sứ quán. Họ vẫn giúp được bạn kể cả khi không có hộ chiếu
    .feedback = Không có hộ chiếu, bạn có thể cảm thấy bị mắc kẹt, và đó là lý do họ lấy nó. Nhưng đại sứ quán có thể xác nhận bạn là ai và cấp giấy thông hành khẩn cấp. "Khoản nợ" là bịa đặt: bạn không nợ họ gì cả.
the-journey-riverbank-call-relative = Gọi cho { $relative } bạn, nói chính xác bạn đang ở đâu, và giữ máy trong lúc đi bộ quay lại đường lớn
    .feedback = "Món nợ" được bịa ra ngay tại chỗ, và bạn không nợ gì cả. Một giọng nói trong điện thoại, và một người ở nhà biết bạn ở đâu, khiến đường quay lại an toàn hơn, và { $relative } bạn có thể gọi đường dây khẩn cấp của đại sứ quán trong khi bạn đi.
the-journey-riverbank-give-up = Lên thuyền. Cảm giác như không còn lựa chọn nào
    .feedback = Lời đe dọa, bóng tối và một khoản nợ bịa đặt có thể khiến bất kỳ ai cảm thấy không còn lựa chọn. Bọn buôn người cố tình tạo ra cảm giác đó. Đó không phải thất bại của bạn.

the-journey-end-riverbank = Bạn đi bộ trong bóng tối quay lại đường lớn và gọi cho đại sứ quán. Họ bảo bạn đợi ở chỗ có đèn và có người, và đề nghị nhà chức trách Thái Lan đến đón bạn. Đến sáng, bạn đã an toàn. Khoản nợ là bịa đặt: bạn không nợ gì cả. Đại sứ quán đã giúp bạn về nhà.

the-journey-end-crossed = Chiếc thuyền qua sông sang Myawaddy, ở Myanmar. Không dấu, không giấy tờ, và bên kia là một khu có lính gác đang chờ. Đây là tội ác của kẻ buôn người, không phải lỗi của bạn. Người bị giữ trong những khu này vẫn thoát ra được: có người sau khi gia đình hoặc đại sứ quán được báo tin, có người khi các khu đó bị đột kích hoặc buộc phải thả người.

the-journey-end-crossed-alerted = Chiếc thuyền sang Myawaddy, và điện thoại của bạn bị lấy mất. Nhưng { $relative } của bạn có vị trí của bạn và chữ "đại sứ quán", và đã gọi ngay đêm đó. Vài tuần sau, nhờ đại sứ quán và một nhóm cứu trợ đáng tin thúc đẩy, bạn nằm trong nhóm được thả và đưa trở lại Thái Lan. Sau đó là nhiều tuần sàng lọc và làm giấy tờ trước khi bạn được bay về, với quyền được đối xử như nạn nhân, không phải tội phạm. Một tin nhắn đã tạo nên khác biệt.

the-journey-end-waved = Chiếc thuyền sang tới Myawaddy. Ở trạm kiểm soát, bạn đã làm đúng điều trò chơi này dạy: bạn thấy con đường dẫn tới đâu, và nói với một cán bộ. Anh ta đã được trả tiền để làm ngơ; những quan chức nhận tiền của kẻ buôn người là một phần cách các tuyến đường này vận hành. Đây không phải lỗi của bạn, và việc lên tiếng không vô ích: { $relative } bạn có vị trí của bạn, và đại sứ quán có thể hỏi vì sao chiếc xe được cho qua. Những người bị giữ trong các trại này vẫn thoát ra được, có người sau khi gia đình hoặc đại sứ quán được báo tin.
