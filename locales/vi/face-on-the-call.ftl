# Machine-drafted translation: needs review by a native speaker.
face-on-the-call-title = Gương mặt trong cuộc gọi
face-on-the-call-summary = Một người đàn ông bạn quen trên mạng vượt qua phép thử ai cũng khuyên: anh ta chịu gọi video, và gương mặt là thật. Bạn là một phụ nữ ngoài năm mươi ở Úc, và bạn quyết định một gương mặt thật chứng minh được điều gì.

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }, con gái bạn
face-on-the-call-character-platform = { $platform }

## Variables

face-on-the-call-city-perth = Perth
face-on-the-call-city-adelaide = Adelaide
face-on-the-call-city-geelong = Geelong
face-on-the-call-man-david = David
face-on-the-call-man-michael = Michael
face-on-the-call-man-andrew = Andrew
face-on-the-call-genuine-graham = Graham
face-on-the-call-genuine-steve = Steve
face-on-the-call-genuine-phil = Phil
face-on-the-call-daughter-jess = Jess
face-on-the-call-daughter-amy = Amy
face-on-the-call-daughter-kate = Kate
face-on-the-call-friend-carol = Carol
face-on-the-call-friend-lyn = Lyn
face-on-the-call-friend-sue = Sue
face-on-the-call-platform-aurum = Aurum Bullion Markets
face-on-the-call-platform-goldcrest = Goldcrest Capital
face-on-the-call-platform-meridian = Meridian Metals Trading

## Two messages

face-on-the-call-start = Bạn 54 tuổi, sống ở { $city }. Cuộc hôn nhân của bạn kết thúc bốn năm trước, các con đã lớn, và những buổi tối thật dài. Con gái bạn, { $daughter }, lập hồ sơ hẹn hò cho bạn và dặn một quy tắc: "Nếu ông ấy không chịu gọi video thì là lừa đảo. Đàn ông thật thì dám lộ mặt."
    .discuss = Bạn đã nghe lời khuyên giống của { $daughter } ở đâu? Một cuộc gọi video thật ra chứng minh được gì?

face-on-the-call-inbox = Tuần này có hai người đàn ông nhắn tin cho bạn. { $man } là kỹ sư xây dựng người { $city }, góa vợ, đang làm hợp đồng ở Dubai: gương mặt hiền, ảnh đẹp, một tin nhắn dài khiến bạn mỉm cười. { $genuine } là thợ điện đã nghỉ hưu, sống cách bạn hai mươi phút. Tin nhắn của ông ba dòng, có một lỗi chính tả, và ảnh là con chó của ông với vườn rau.
face-on-the-call-inbox-reply-man = Trả lời { $man }. Tin nhắn của anh ấy là tin bạn đọc hai lần.
    .feedback = Không có gì sai cả. Một tin nhắn ấm áp, viết hay thì ai cũng sẽ trả lời. Điều quan trọng là chuyện gì xảy ra tiếp theo.
face-on-the-call-inbox-reply-genuine = Trả lời { $genuine }. Ở gần, dễ hẹn đi uống cà phê.
    .feedback = Một lựa chọn tốt. Người ở gần có thể gặp ở nơi công cộng, và ở đó nhiều điều bạn cần biết sẽ rõ ra.
face-on-the-call-inbox-reply-both = Trả lời cả hai, xem hợp với ai
    .feedback = Chuyện rất bình thường trên trang hẹn hò. Bạn bắt đầu với tin nhắn dài của { $man }.

## The stranger

face-on-the-call-man-chat-hello = Nụ cười của em đẹp quá. Anh suýt không dám viết, anh không giỏi mấy chuyện này.
    .discuss = Một người đàn ông ở xa, góa vợ, có công việc tốt: vì sao kẻ lừa đảo có thể chọn câu chuyện này?
face-on-the-call-man-chat-story = Vợ anh mất ba năm trước. Con gái anh đang học đại học ở Sydney. Anh ở Dubai đến khi dự án xong vào mùa xuân, rồi anh về hẳn.
face-on-the-call-man-chat-move = Anh hiếm khi vào trang này, nó cứ tự đăng xuất. Mình nói chuyện trên WhatsApp được không em? Số của anh đây.
face-on-the-call-man-chat-whatsapp = Nhắn tin cho anh ấy trên WhatsApp
    .feedback = Chuyển nhanh từ trang hẹn hò sang ứng dụng riêng là bước đầu thường gặp: ở đó, trang hẹn hò không còn thấy cuộc trò chuyện hay gỡ được tài khoản. Nhiều người thật cũng chuyển ứng dụng, nên hãy để ý điều gì đến tiếp theo.
face-on-the-call-man-chat-video-first = "Trước hết, tôi muốn gọi video một lát."
    .feedback = Bạn đã dùng phép thử { $daughter } dạy, và vẫn ở lại trên trang trong lúc làm. Hãy xem cuộc gọi có thể và không thể cho thấy điều gì.
face-on-the-call-man-chat-stay-app = "Mình cứ nói chuyện ở đây đã."
    .feedback = Ở lại trên trang giúp các công cụ báo cáo của nó luôn ở gần. Có thể anh ta bớt ngọt ngào một chút; hãy xem anh ta đón nhận một lời "chưa" nhỏ thế nào.

face-on-the-call-stay = Tất nhiên, không vội. Anh cũng là người cổ điển. Để anh làm hơn cả tin nhắn: mình gọi video vào Chủ nhật, để em biết anh là thật.

face-on-the-call-whatsapp-morning = Chào buổi sáng, người đẹp. Ở đây mới 5 giờ sáng và em là điều đầu tiên anh nghĩ đến.
face-on-the-call-whatsapp-daughter = Con gái anh chắc sẽ quý em. Nó bảo tháng này anh cười nhiều hơn cả ba năm qua.
face-on-the-call-whatsapp-future = Khi về, anh muốn đưa em đi dọc con đường ven biển. Chỉ hai chúng mình.
face-on-the-call-whatsapp-ask-video = Đề nghị gọi video, như { $daughter } dặn
    .feedback = Một yêu cầu chính đáng. Nhiều kẻ lừa đảo né tránh nó, nên nó có bắt được một số. Hãy xem cuộc gọi có thể và không thể cho thấy điều gì.
face-on-the-call-whatsapp-enjoy = Cứ tận hưởng. Đã lâu lắm rồi không ai viết cho bạn như thế.
    .feedback = Đây là "love bombing", dồn dập tình cảm: cảm xúc lớn sau vài tuần, một tương lai chung, tin nhắn mỗi sáng. Nó hiệu quả vì đáp ứng một nhu cầu có thật. Sau khi chuyển sang WhatsApp, đây là bước tiếp theo quen thuộc.
face-on-the-call-whatsapp-slow-down = Nói với anh ấy rằng mọi thứ hơi nhanh với bạn
    .feedback = Một điều chính đáng để nói, và bạn nói thật tử tế. Người quan tâm đến bạn có thể đi chậm lại. Hãy xem anh ta trả lời thế nào.

face-on-the-call-offers-call = Anh biết anh hơi dồn dập. Em xứng đáng được thấy người em đang trò chuyện. Tối nay gọi video nhé, 8 giờ giờ bên em?

## The call

face-on-the-call-call-connects = Cuộc gọi kết nối. Đúng là anh ấy: cùng gương mặt như trong ảnh, tóc bạc ở thái dương, tự cười mình vì không tìm ra nút. Anh gọi tên bạn đúng như cách anh vẫn viết. Sau lưng anh: một căn hộ nhỏ, chiếc mũ bảo hộ trên kệ, cửa sổ nhìn ra những tòa nhà cao. Hình đứng lại một giây, rồi chạy tiếp.
    .discuss = Mọi thứ ở đây đều khớp với ảnh. Hãy nêu ba cách mà một cuộc gọi như thế vẫn có thể là giả.
face-on-the-call-the-call-short = Sóng ở đây tệ lắm em. Anh phải đi rồi, mai đi sớm. Chủ nhật cùng giờ nhé?
face-on-the-call-the-call-convinced = Anh ấy là thật. Phép thử của { $daughter } đã qua.
    .feedback = Cảm giác như bằng chứng, và đó chính là mục đích. Ngày nay gương mặt trong cuộc gọi có thể là ghép mặt trực tiếp, hoặc một người đàn ông thật được trả tiền hay bị ép ngồi trước camera trong khi người khác gõ tin nhắn. Cuộc gọi có ích, nhưng chứng minh ít hơn vẻ ngoài. Quy tắc luôn đúng: đừng bao giờ gửi tiền hay đầu tư theo lời mách nước của người chỉ quen trên mạng.
face-on-the-call-the-call-odd-details = Ghi nhớ chỗ hình bị đứng và cuộc gọi ngắn. Lần sau, nhờ anh ấy quay đầu và đưa tay qua trước mặt.
    .feedback = Một ý tinh: ghép mặt loại rẻ có thể nhòe khi bàn tay lướt qua mặt. Nhưng loại tốt thì có thể không, và một người thật được thuê để gọi thì qua được mọi phép thử kiểu này. Kiểm tra gương mặt có thể thất bại; kiểm tra điều anh ta đòi ở bạn thì không.
face-on-the-call-the-call-tell-daughter = Kể cho { $daughter } về cuộc gọi
    .feedback = Kể cho người thân là tốt: bí mật giúp kẻ lừa đảo. Nhưng { $daughter } được dạy cùng phép thử như bạn, và nó vừa được vượt qua.

face-on-the-call-second-call-wave = Chủ nhật anh quay đầu sang trái, sang phải, bật cười, vẫy tay trước mặt. Không có gì nhòe. "Hài lòng chưa, thám tử?"
face-on-the-call-second-call-hurt = Anh vẫn cười, nhưng bạn nghe ra anh hơi tự ái. Cuộc gọi ngắn hơn lần đầu.

face-on-the-call-daughter-happy = { $daughter } vui lắm. "Thấy chưa? Ông ấy gọi video. Con bảo rồi mà mẹ, biết là nhờ thế." Con bắt bạn hứa đưa ông ấy về dự Giáng sinh.

## The tip

face-on-the-call-weeks = Nhiều tuần trôi qua. Tin nhắn mỗi sáng, cuộc gọi mỗi Chủ nhật. Trong một cuộc gọi, bạn kể mình lo chuyện sống bằng quỹ hưu (super) khi về già.
    .discuss = Vì sao lời mách nước chỉ đến bây giờ, sau nhiều tuần, và sau những cuộc gọi?
face-on-the-call-tip-gold = Em đừng lo chuyện đó. Anh giao dịch vàng trên { $platform }, thầy của anh gửi tín hiệu. Nhờ nó mà anh lo được tiền đại học cho con.
face-on-the-call-tip-small = Bắt đầu nhỏ thôi, ${ $first }, anh sẽ hướng dẫn. Anh chỉ muốn biết em được lo đầy đủ. Anh sẽ gửi em đường link.
face-on-the-call-tip-try-small = Bỏ vào ${ $first }. Bạn đã thấy mặt anh ấy; anh ấy là thật.
    .feedback = Gương mặt có thể là thật, và lời mách nước vẫn là lừa đảo. Lời mách nước về tiền từ người chỉ quen trên mạng là cốt lõi của loại tội phạm này, và cuộc gọi video không thay đổi điều đó. Những gì bạn thấy trên sàn anh ta đưa bạn đến là những gì chủ của nó muốn bạn thấy.
face-on-the-call-tip-check-platform = Trước hết, tự tra { $platform } trên danh bạ chính thức của cơ quan quản lý
    .feedback = Cẩn thận, và tốt hơn là tin đường link của anh ta. Hãy xem danh bạ có thể và không thể cho bạn biết điều gì.
face-on-the-call-tip-decline = "Tôi không trộn tiền bạc với tình cảm. Không, nhưng cảm ơn anh."
    .feedback = Bạn giữ được quy tắc bảo vệ mình ngay cả khi gương mặt là thật: không đưa tiền theo lời mách nước của người quen trên mạng. Có thể phải trả giá: hãy xem anh ta đón nhận thế nào.

face-on-the-call-register = Trên danh bạ nghề nghiệp của ASIC, chính trang web của cơ quan quản lý, có tên đó thật: { $platform }, một công ty có giấy phép ở Sydney, cùng số giấy phép với trang anh ta gửi. Bạn nhẹ cả lòng. Danh bạ ghi một địa chỉ văn phòng và một số điện thoại; trang của anh ta có ô chat và đường dây hỗ trợ qua WhatsApp.
face-on-the-call-register-good-enough = Công ty có giấy phép. Bỏ vào ${ $first }.
    .feedback = Bạn đã kiểm tra, và giấy phép là thật: của một công ty thật. Kẻ lừa đảo sao chép tên và số giấy phép của các công ty được cấp phép, rồi dựng một trang giả giống hệt. Một trang web đẹp và một số giấy phép thật không chứng minh bạn đang giao dịch với công ty đó.
face-on-the-call-register-compare = Gọi số ghi trên danh bạ, không phải số trên trang của anh ta, và hỏi trang đó có phải của họ không
    .feedback = Đây là cách một phép kiểm tra đứng vững: qua thông tin liên lạc bạn tự tìm, không phải thứ người ta gửi cho bạn.
face-on-the-call-register-ask-bank = Mang chuyện này đến chi nhánh ngân hàng trước khi gửi bất cứ gì
    .feedback = Một bước đi tốt. Nhân viên ngân hàng gặp những trò này hằng tuần, và họ kiểm tra qua những kênh không ai dẫn bạn đi chệch được.

face-on-the-call-bank = Ở chi nhánh, một chị trong nhóm chống lừa đảo của ngân hàng nhìn đường link khá lâu. Rồi chị gọi cho công ty theo số trên danh bạ, có bạn ngồi bên cạnh.

face-on-the-call-clone-found = { $platform } thật trả lời lịch sự và mệt mỏi. "Trang đó không phải của chúng tôi. Có người đang dùng tên và số giấy phép của chúng tôi. Chị là người thứ tư gọi trong tháng này." Gương mặt trên màn hình khóa điện thoại bạn vẫn mỉm cười.
    .discuss = Danh bạ là thật và giấy phép là thật. Điều gì đã tạo ra khác biệt?
face-on-the-call-clone-found-tell-man = Kể cho { $man } điều bạn tìm thấy. Biết đâu anh ấy cũng bị lừa.
    .feedback = Một suy nghĩ tử tế, và thường gặp. Nhưng kẻ lừa đảo luôn có câu trả lời, và câu trả lời thường đi kèm một cuộc gọi nữa để bạn yên tâm trở lại.
face-on-the-call-clone-found-block-report = Chặn anh ta, và báo cáo hồ sơ cùng trang web cho trang hẹn hò và Scamwatch
    .feedback = Dù gương mặt thật đến đâu, lời mách nước mới là trò lừa. Báo cáo giúp gỡ hồ sơ và trang web trước khi chúng đến với người tiếp theo.

## When you say no

face-on-the-call-pushback-hurt = Sau bao cuộc gọi, bao buổi sáng, em nghĩ anh nói dối? Em đã THẤY anh rồi mà.
face-on-the-call-pushback-proof = Nhìn anh đi. Nhìn anh rồi nói anh không có thật.
face-on-the-call-pushback-last = Anh không thể ở bên người không tin anh. Hãy cho anh thấy em tin anh, không thì mình chia tay.
face-on-the-call-pushback-hold-rule = "Em tin anh là thật. Nhưng em vẫn không gửi tiền theo lời mách nước của bất kỳ ai."
    .feedback = Đây là quy tắc bảo vệ bạn khi mọi phép kiểm tra khác đều đã qua. Bạn không cần quyết định gương mặt kia có thật không. Nó khiến bạn mất mát đôi chút, và giữ bạn an toàn.
face-on-the-call-pushback-give-in = Xin lỗi, và bỏ vào ${ $first } để chứng tỏ bạn tin anh ấy
    .feedback = "Hãy cho anh thấy em tin anh" biến tiền thành phép thử tình yêu. Nó hiệu quả với người tốt bụng vì họ không muốn làm ai tổn thương. Một người thật có thể đáng tin mà không cần bảo bạn bỏ tiền vào đâu.
face-on-the-call-pushback-give-in-more = Xin lỗi, và nạp khoản lớn để chứng tỏ bạn tin anh ấy
    .feedback = "Hãy cho anh thấy em tin anh" biến tiền thành phép thử tình yêu. Nó hiệu quả với người tốt bụng vì họ không muốn làm ai tổn thương. Một người thật có thể đáng tin mà không cần bảo bạn bỏ tiền vào đâu.
face-on-the-call-pushback-ask-time = Xin một tuần để suy nghĩ, và bàn với { $daughter }
    .feedback = Bạn luôn có quyền dành thời gian. "Cơ hội cuối cùng" có ra là để ngăn đúng điều này.
face-on-the-call-pushback-ask-time-late = Xin một tuần để suy nghĩ, và bàn với { $daughter }
    .feedback = Bạn luôn có quyền dành thời gian. "Cơ hội cuối cùng" có ra là để ngăn đúng điều này.

face-on-the-call-gone = { $man } im lặng, rồi gửi một tin nhắn dài buồn bã, rồi một tin giận dữ. Rồi số của anh ta không còn liên lạc được. Đau hơn bạn tưởng. Dù anh ta là ai, những buổi sáng ấy đã có cảm giác thật.

## The early profit

face-on-the-call-profit-balance = Chào mừng trở lại. Danh mục của bạn tăng 18% trong tháng này.
face-on-the-call-profit-withdraw = Rút thử $200: thành công. Hãy kiểm tra tài khoản ngân hàng!

face-on-the-call-event-see = Thấy chưa? Anh đã bảo mà. Giờ nghe này: trước quyết định lãi suất sắp tới, vàng sẽ tăng vọt. Anh bỏ hết vào.
face-on-the-call-event-window = Chỉ có 48 giờ thôi. Bỏ vào ${ $big } là mình yên ổn. Cho chúng mình, khi anh về.
face-on-the-call-event-secret = Đừng nói với { $daughter } vội. Con bé sẽ lo, mà không còn thời gian.
    .discuss = Lần rút tiền đó là thật. Vì sao kẻ lừa đảo lại để bạn rút tiền ra?
face-on-the-call-event-deposit-big = Chuyển ${ $big } từ quỹ hưu và tiền tiết kiệm. Dù sao rút tiền cũng được mà.
    .feedback = Lần rút nhỏ là mồi nhử: tốn của họ rất ít, mà mua được lòng tin của bạn cho một khoản lớn hơn nhiều. Hạn chót và câu "đừng nói với con gái em" là để bạn không kiểm tra.
face-on-the-call-event-ask-daughter = Vẫn kể với { $daughter }, trước khi đụng đến tiền tiết kiệm
    .feedback = Bạn đã phá vỡ bí mật anh ta bảo bạn giữ. Chỉ một bước đó đã chặn được rất nhiều vụ lừa như thế này.
face-on-the-call-event-keep-small = "Cái gì trong đó thì cứ để đó, em không bỏ thêm nữa."
    .feedback = Giữ số tiền nhỏ giúp hạn chế thiệt hại. Nhưng chính lời mách nước mới là dấu hiệu cảnh báo; hãy xem anh ta làm gì khi bạn ngừng bỏ thêm.

face-on-the-call-daughter-talk-saw = Nhưng mẹ thấy ông ấy rồi mà. Đó là phép thử.
face-on-the-call-daughter-talk-but = Khoan đã. Ông ấy bảo mẹ bỏ tiền vào đâu à? Chưa ai bảo con phải kiểm tra chỗ đó.
face-on-the-call-daughter-talk-stop-clean = Dừng lại: không đưa tiền theo lời mách nước của anh ta, dù anh ta là ai
    .feedback = Đúng. Bạn không cần chứng minh anh ta là giả. Một lời mách nước từ người quen trên mạng là đủ lý do để từ chối.
face-on-the-call-daughter-talk-look-together = Cùng nhau tra { $platform } trên danh bạ chính thức của cơ quan quản lý
    .feedback = Hai người kiểm tra tốt hơn một. Hãy xem danh bạ có thể và không thể cho bạn biết điều gì.
face-on-the-call-daughter-talk-carry-on = { $daughter } chưa gặp anh ấy. Cứ làm theo lời anh ấy.
    .feedback = Anh ta đã đứng chen vào giữa bạn và gia đình: một bước thường gặp. Người bạn đời thật sẽ vui khi gia đình bạn đặt câu hỏi.

face-on-the-call-daughter-worry-saw = Nhưng mẹ thấy ông ấy rồi mà. Đó là phép thử. Mà rút tiền cũng được.
face-on-the-call-daughter-worry-but = Khoan đã. Ông ấy bảo mẹ bỏ tiền vào đâu à? Chưa ai bảo con phải kiểm tra chỗ đó.
face-on-the-call-daughter-worry-stop-now = Dừng lại: không thêm tiền nữa. Thử rút lại số đã bỏ vào.
    .feedback = Đúng, và thật khó làm khi tiền đã nằm trong đó. Dừng ngay bây giờ là điều bảo vệ phần tiết kiệm còn lại.
face-on-the-call-daughter-worry-to-bank = Ngày mai cùng nhau đến chi nhánh ngân hàng và cho họ xem tất cả
    .feedback = Một bước đi tốt. Nhân viên ngân hàng gặp những trò này hằng tuần. Đi cùng nhau cũng phá vỡ bí mật anh ta bảo bạn giữ.
face-on-the-call-daughter-worry-carry-on = { $daughter } chưa gặp anh ấy. Nạp khoản lớn.
    .feedback = Anh ta đã đứng chen vào giữa bạn và gia đình: một bước thường gặp. Người bạn đời thật sẽ vui khi gia đình bạn đặt câu hỏi.

face-on-the-call-bank-late = Ở chi nhánh, một chị trong nhóm chống lừa đảo của ngân hàng gọi cho { $platform } theo số trên danh bạ của cơ quan quản lý. "Trang đó không phải của chúng tôi," công ty thật nói. "Có người đang dùng tên và số giấy phép của chúng tôi." Chị giải thích: lần rút thử tiền là mồi nhử.

face-on-the-call-small-loss = Bạn yêu cầu rút số dư. "Tạm giữ: cần nộp thuế giải ngân ${ $fee }." Bạn không nộp. { $man } ngọt ngào, rồi lạnh lùng, rồi biến mất. ${ $first } sẽ không quay lại. Phần tiết kiệm còn lại của bạn an toàn.
face-on-the-call-small-loss-report = Gọi ngân hàng và báo cáo cho ReportCyber và Scamwatch
    .feedback = Báo cáo cả khoản mất nhỏ cũng có ích: cảnh sát liên kết các vụ nhờ cùng một trang, cùng một gương mặt, cùng một ví tiền.
face-on-the-call-small-loss-tell-friend = Kể cho { $friend } ở câu lạc bộ sách chuyện đã xảy ra
    .feedback = Kể cho người khác thật khó, và nó phá vỡ sự im lặng mà những trò này trông cậy.

## The blocked withdrawal

face-on-the-call-blocked-request = Yêu cầu rút tiền: toàn bộ số dư. Trạng thái: TẠM GIỮ.
face-on-the-call-blocked-tax = Lợi nhuận phải chịu thuế trước khi giải ngân. Nộp thuế ${ $fee } bằng nguồn tiền bên ngoài.
face-on-the-call-blocked-deadline = Nộp trong 72 giờ, nếu không tài khoản sẽ bị đóng băng vì lý do tuân thủ.
face-on-the-call-blocked-pay-fee = Nộp ${ $fee }. Nhiều thật, nhưng ít hơn nhiều so với số dư.
    .feedback = Thuế thật thì nộp cho cơ quan thuế, không nộp cho sàn để mở khóa tiền của chính bạn. Số dư chỉ là con số trên màn hình do kẻ lừa đảo kiểm soát, và sau mỗi khoản phí lại có khoản khác.
face-on-the-call-blocked-refuse = Từ chối. Bảo họ trừ thuế vào số dư.
    .feedback = Đúng. Nếu tiền thật sự ở đó, khoản phí nào cũng trừ vào được. Đòi tiền mới trước khi bạn rút được tiền của mình là dấu hiệu chẳng có gì để rút.
face-on-the-call-blocked-ask-man = Hỏi { $man } nên làm gì
    .feedback = Bạn hỏi chính người đã đưa bạn đến đó. Hãy nghe xem câu trả lời của anh ta bảo vệ bạn, hay bảo vệ cái sàn.

face-on-the-call-man-fee-half = Bình thường thôi em, luật thuế ở đây thế. Tối nay anh gửi em một nửa, em nộp phần còn lại.
face-on-the-call-man-fee-call = Mai anh gọi lại, mình ăn mừng.
face-on-the-call-man-fee-pay = Nộp phí. Dù sao anh ấy cũng trả một nửa.
    .feedback = "Một nửa" của anh ta chẳng bao giờ thật sự được gửi, và lời hứa gọi điện giữ cho bạn cảm thấy an toàn. Sau mỗi khoản phí lại có khoản khác.
face-on-the-call-man-fee-refuse = Từ chối. Thuế thật không nộp cho một sàn giao dịch.
    .feedback = Đúng. Ngay cả khi có một gương mặt bạn tin đứng sau, phí để mở khóa tiền của chính bạn là dấu hiệu chẳng có gì ở đó.

face-on-the-call-stopped = Khi bạn ngừng nộp tiền, { $man } ngọt ngào, rồi lạnh lùng, rồi giận dữ. Rồi số điện thoại không liên lạc được và trang web không mở được nữa. Bạn thấy buồn nôn và xấu hổ. Nhưng đây là điều một nhóm có tổ chức đã làm với bạn, như họ làm với hàng nghìn người.
face-on-the-call-stopped-report = Gọi ngay đường dây chống gian lận của ngân hàng, và báo cáo cho ReportCyber và Scamwatch
    .feedback = Tốc độ rất quan trọng: ngân hàng có thể chặn được khoản thanh toán chưa đi. Giữ lại mọi tin nhắn, biên lai và địa chỉ ví.
face-on-the-call-stopped-tell-friend = Kể cho { $friend } ở câu lạc bộ sách
    .feedback = Cần can đảm để kể cho ai đó. Nó cũng phá vỡ sự im lặng mà kẻ lừa đảo trông cậy.

## Afterwards

face-on-the-call-aftermath = Bạn chặn số và báo cáo anh ta với trang hẹn hò và Scamwatch. Bạn không gửi gì theo lời mách nước của anh ta, vậy mà vẫn đau. { $daughter } im lặng một lúc, rồi nói: "Con đã bảo mẹ chuyện video. Con xin lỗi mẹ."
face-on-the-call-aftermath-tell-friend = Kể chuyện này cho { $friend } ở câu lạc bộ sách
    .feedback = Chia sẻ có thể bảo vệ người khác, và nói ra thành lời cũng giúp chính bạn.
face-on-the-call-aftermath-write-genuine = Trả lời { $genuine }, người có vườn rau
    .feedback = Cho người khác một cơ hội sau khi bị lừa cần can đảm. Giờ bạn biết cần để ý điều gì.
face-on-the-call-aftermath-rest = Thôi hẹn hò một thời gian
    .feedback = Hợp lý. Nghỉ ngơi không phải bỏ cuộc, và bạn đã giữ được tiền tiết kiệm.

## The friend

face-on-the-call-club-news = { $friend } cười mãi không thôi. "Mình quen được một người! Tối nào bọn mình cũng gọi video. Anh ấy còn giúp mình giao dịch vàng. Tháng trước mình bỏ vào ${ $big }. Giờ họ đòi nộp thuế thì mới rút được, nhưng anh ấy bảo thế là bình thường."
    .discuss = { $friend } đã trả tiền rồi. Lúc này một người bạn còn làm được gì?
face-on-the-call-club-photo = Bạn ấy cho bạn xem ảnh người đàn ông. Tên khác, câu chuyện khác. Cùng một gương mặt.
face-on-the-call-club-tell-story = Nhẹ nhàng kể chuyện của bạn: cùng gương mặt, cùng kiểu mách nước
    .feedback = Nghe cùng một kịch bản hai lần thường là điều khiến người ta dừng lại. Gương mặt được dùng chung vì nó là công cụ, không phải một người đã chọn cả hai bạn.
face-on-the-call-club-own-loss = Nói với bạn ấy rằng bạn cũng mất tiền, để bạn ấy biết mình không ngốc
    .feedback = Câu chuyện của chính bạn giúp bạn ấy dám thừa nhận chuyện đã xảy ra. Sự xấu hổ mới là thứ khiến người ta cứ tiếp tục trả tiền.
face-on-the-call-club-sit-with = Đừng tranh cãi về người đàn ông. Khuyên bạn ấy đừng nộp thuế, và ngồi cùng bạn ấy khi gọi cho ngân hàng.
    .feedback = Phí để rút chính tiền của mình là dấu hiệu rõ nhất, và bạn không cần thắng một cuộc tranh cãi về anh ta mới hành động được.
face-on-the-call-club-keep-quiet = Không nói gì. Đó là đời bạn ấy, và bạn ấy trông hạnh phúc quá.
    .feedback = Dễ hiểu: không ai muốn làm bạn mình tan nát. Nhưng im lặng chính là điều những trò này trông cậy.

## The genuine match

face-on-the-call-genuine-chat-hello = Chào bạn. Tôi không rành mấy chuyện trên mạng này lắm. Cháu gái tôi cài giùm.
face-on-the-call-genuine-chat-garden = Năm nay cà chua nhà tôi nhiều không xuể. Nếu bạn thích, tôi mang cho một thùng.
face-on-the-call-genuine-chat-coffee = Sáng thứ Bảy bạn có muốn uống cà phê ở chợ không? Chỗ đông người, không ép gì cả.
    .discuss = { $genuine } đề nghị bạn điều gì, và điều gì ông ấy không bao giờ đòi?
face-on-the-call-genuine-chat-ask-video = Đề nghị gọi video trước, như { $daughter } dặn
    .feedback = Hợp lý. Hãy xem cuộc gọi cho thấy gì, và không cho thấy gì.
face-on-the-call-genuine-chat-meet = Nhận lời uống cà phê ở khu chợ đông người, và báo { $daughter } bạn sẽ ở đâu
    .feedback = Một nơi công cộng đông người và một người biết bạn ở đâu: buổi gặp đầu tiên an toàn. Gặp trực tiếp là phép kiểm tra kẻ lừa đảo không bao giờ qua được.
face-on-the-call-genuine-chat-too-plain = Thôi bỏ qua. Có ba dòng với một lỗi chính tả mà.
    .feedback = Tin nhắn trau chuốt thì dễ viết nếu viết là nghề của bạn, và có những kẻ lừa đảo viết để kiếm sống. Một tin nhắn mộc mạc cũng chẳng chứng minh điều gì.

face-on-the-call-genuine-connects = Cuộc gọi hiện ra một cái quạt trần, rồi một bên tai, rồi nửa gương mặt. "Chờ chút, chờ chút." Một con chó sủa. Hình đứng lại. Ông hiện ra lại, lộn ngược.
face-on-the-call-genuine-call-sorry = Xin lỗi nhé, tôi dở mấy cái này lắm. Tôi gọi điện thường được không? Hoặc gặp nhau ở chợ thứ Bảy?
face-on-the-call-genuine-call-suspicious = Một người đàn ông không biết gọi video... Thôi không trả lời nữa.
    .feedback = Phép thử bạn được dạy ở đây chỉ sai hướng. Gọi video vụng về không nói gì về sự trung thực, cũng như gọi video giỏi chẳng nói gì. Điều ông ấy đề nghị ở bạn nói lên nhiều hơn: một ly cà phê ở nơi công cộng, không gì khác.
face-on-the-call-genuine-call-phone-then-meet = Nói chuyện qua điện thoại, rồi gặp uống cà phê ở khu chợ đông người
    .feedback = Tốt. Ông ấy chưa bao giờ kéo bạn sang ứng dụng riêng, chưa bao giờ hối thúc, và chưa bao giờ nhắc đến tiền.
face-on-the-call-genuine-call-look-up = Hỏi ông ấy ở câu lạc bộ làm vườn nào. Kiểm tra qua một người bạn cũng đến đó, rồi mới gặp.
    .feedback = Kiểm tra qua người chính bạn quen là cách chắc chắn. Bạn mất thêm một tuần, và ông ấy không phiền.

## Endings

face-on-the-call-end-safe = Bạn không gửi gì theo lời mách nước của anh ta. Gương mặt trong cuộc gọi có thể là ghép mặt trực tiếp, hoặc một người đàn ông thật được trả tiền để ngồi trước camera trong khi người khác gõ. Thường thì những người gõ tin nhắn, và đôi khi cả chính gương mặt ấy, ở trong một khu lừa đảo, nhiều người trong số họ bị ép buộc. Điều bảo vệ bạn không phải là phân biệt thật giả. Đó là quy tắc: không đưa tiền theo lời mách nước của người chỉ quen trên mạng.
face-on-the-call-end-coffee = Thứ Bảy, { $genuine } đợi ở chợ với một thùng cà chua. Ông thấp hơn trong ảnh và nói về con chó hơi nhiều. Không ai nhắc đến tiền, vàng hay bí mật. Dù chuyện gì đến tiếp theo, một người thật trông như thế này: chậm rãi, cởi mở, và vui khi được nhìn thấy.
face-on-the-call-end-alone = Bạn thôi trả lời. Vài tuần sau bạn thấy { $genuine } ở chợ, đang phát cà chua ở gian hàng của câu lạc bộ làm vườn, trò chuyện với hàng xóm nhà bạn. Ông đúng là người như ông nói. Phép thử video không cho bạn biết điều đó. Điều ông đề nghị, một ly cà phê ở nơi công cộng, thì có thể.
face-on-the-call-end-scammed = { $man }, { $platform } và "bộ phận hỗ trợ" của nó là một đường dây do tội phạm có tổ chức điều hành. Số tiền bạn bỏ vào đã mất. Đó không phải lỗi của bạn: gương mặt, các cuộc gọi và lần rút tiền nhỏ được dựng lên để vượt qua mọi phép kiểm tra bạn biết. Hãy gọi ngân hàng, báo cáo cho ReportCyber và Scamwatch, và giữ lại mọi tin nhắn, biên lai. Người trong cuộc gọi cũng có thể là một người bị giam trong khu lừa đảo và bị ép làm việc này. Hãy cảnh giác với bất kỳ ai đề nghị lấy lại tiền cho bạn kèm một khoản phí.
face-on-the-call-end-small = Bạn đã kiểm tra: cuộc gọi video, danh bạ của cơ quan quản lý, bắt đầu nhỏ. Kẻ lừa đảo đã dựng sẵn thứ để vượt qua từng phép kiểm tra, đến cả số giấy phép của một công ty thật. ${ $first } đã mất, và phần tiết kiệm còn lại an toàn vì bạn đã dừng. Hãy báo cáo, và giữ quy tắc: không đưa tiền theo lời mách nước của người chỉ quen trên mạng, dù họ trông thật đến đâu.
face-on-the-call-end-friend = { $friend } đã trả tiền từ lâu trước khi bạn biết. Bạn đã làm đúng mọi thứ, mà vẫn quá muộn cho ${ $big } của bạn ấy. Đó cũng không phải lỗi của bạn ấy. Bạn ngồi bên bạn ấy khi bạn ấy gọi ngân hàng và báo cáo cho ReportCyber và Scamwatch, và bạn ấy không nộp khoản thuế kia. Cùng một gương mặt đã được dùng với cả hai người: có thể là ghép mặt, có thể là một người đàn ông trong khu lừa đảo không có lựa chọn.
face-on-the-call-end-friend-later = Ba tuần sau { $friend } gọi cho bạn, khóc nức nở. Bạn ấy đã nộp thuế, rồi một khoản phí nữa, rồi "phí giải ngân". Tổng cộng ${ $lost } đã mất. Đó không phải lỗi của bạn ấy, và không phải lỗi của bạn: bạn ấy đã trả tiền trước khi bạn biết. Giờ bạn đi cùng bạn ấy đến ngân hàng và giúp bạn ấy báo cáo. Nói với bạn ấy có lẽ đã không cứu được số tiền. Có lẽ đã cứu được khoản phí cuối cùng.

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = Chuyển sang ứng dụng chat riêng
    .explain = Một người đàn ông tử tế trên trang hẹn hò sớm rủ chuyển sang WhatsApp, rồi chính anh ta đề nghị gọi video. Các nhóm lừa đảo giờ vượt qua phép thử video bằng ghép mặt trực tiếp, hoặc bằng người thật được thuê, hay bị ép, ngồi trước camera.
    .advice = Ở lại trên trang nơi hai người quen nhau. Cuộc gọi video chứng minh ít hơn vẻ ngoài. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng, dù họ trông thật đến đâu.
face-on-the-call-redflag-crypto-tip-early-profit = Mách nước về tiền, rồi lãi nhanh
    .explain = Sau nhiều tuần ấm áp và những cuộc gọi trông như thật, lời mách nước về vàng hay tiền ảo giống sự quan tâm hơn là lời chào mời. Một khoản lãi nhỏ hay một lần rút tiền thành công khiến sàn trông như thật, để bạn bỏ vào nhiều hơn hẳn.
    .advice = Đừng bao giờ đầu tư vì người quen trên mạng bảo bạn làm, dù bạn đã thấy mặt họ hay chưa. Kiểm tra mọi sàn với cơ quan quản lý tài chính qua thông tin liên lạc bạn tự tìm, và bàn trước với người bạn tin.
face-on-the-call-redflag-polish-not-proof = Số giấy phép thật không phải bằng chứng
    .explain = Một trang giao dịch bóng bẩy, một số giấy phép có trên danh bạ của cơ quan quản lý, một "bộ phận hỗ trợ" thân thiện: mọi thứ trông chính thức. Kẻ lừa đảo sao chép tên và số giấy phép của những công ty thật được cấp phép và dựng trang giả, nên cả người cẩn thận đã kiểm tra cũng bị lừa.
    .advice = Kiểm tra qua thông tin liên lạc bạn tự tìm, không qua đường link hay số điện thoại người ta gửi: gọi công ty theo số trên danh bạ của cơ quan quản lý, hoặc hỏi ngân hàng. Và nhớ quy tắc luôn đúng: không đưa tiền theo lời mách nước của người chỉ quen trên mạng.
