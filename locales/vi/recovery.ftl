# Machine-drafted translation: needs review by a native speaker.
recovery-title = Công ty thu hồi tiền
recovery-content-note = Câu chuyện này nói về việc mất tiền vì lừa đảo, cùng nỗi xấu hổ và sợ hãi có thể đến sau đó. Không có cảnh bạo lực. Nếu nó gợi lại điều bạn từng trải qua, bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q, và nói chuyện với người bạn tin tưởng.
recovery-summary = Bạn đã mất tiền vì một vụ lừa đảo đầu tư. Giờ có một công ty nói họ có thể lấy lại tiền cho bạn.

## Characters

recovery-character-agent = { $agent }, { $firm }
recovery-character-caller = { $officer }
recovery-character-bank = Bộ phận chống gian lận của ngân hàng bạn
recovery-character-police = Cán bộ, đơn vị cảnh sát phòng chống tội phạm mạng
recovery-character-group = Nhóm hỗ trợ nạn nhân lừa đảo
recovery-character-search = Kết quả tìm kiếm
recovery-character-regulator = { $fake }, đường dây nóng cho nạn nhân
recovery-character-lawyer = Luật sư, ở văn phòng gần cửa hàng của bạn

## Variables

recovery-you-ana = Ana Reyes, chủ một tiệm bánh nhỏ ở Quezon City
recovery-you-tunde = Tunde Bakare, chủ một tiệm sửa điện thoại ở Lagos
recovery-you-mark = Mark Kowalski, chủ một cơ sở sửa ống nước ở Cleveland, Ohio
recovery-you-supaporn = Supaporn Chaiyasit, chủ một tiệm làm đẹp ở Chiang Mai
recovery-you-arjun = Arjun Mehta, chủ một tiệm in ở Ahmedabad
recovery-you-elena = Elena Popescu, chủ một tiệm hoa ở Bucharest
recovery-firm-sterling = Sterling Asset Recovery
recovery-firm-apex = Apex Fund Retrieval Group
recovery-firm-crownfield = Crownfield Legal & Recovery
recovery-agent-whitfield = James Whitfield
recovery-agent-bennett = Laura Bennett
recovery-agent-moreau = Daniel Moreau
recovery-agency-fbi = FBI
recovery-agency-interpol = Interpol
recovery-agency-regulator = cơ quan quản lý tài chính
recovery-officer-harris = Đặc vụ Harris
recovery-officer-chen = Cán bộ Chen
recovery-officer-okafor = Thanh tra Okafor
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = Bạn là { $you }. Ba tháng trước bạn mất ${ $lost } vào một ứng dụng giao dịch giả: ${ $card } đầu tiên trả bằng thẻ, phần còn lại bằng chuyển khoản và tiền mã hóa. Bạn thấy xấu hổ, dù đó không phải lỗi của bạn: ứng dụng ấy do những kẻ chuyên nghiệp dựng lên để lừa cả người cẩn thận. Bạn đã đăng về chuyện này trên Facebook và trong một nhóm hỗ trợ trực tuyến, để cảnh báo người khác. Nhiều người trả lời tử tế. Vài người nhắn riêng cho bạn.
    .discuss = Vì sao kẻ lừa đảo tìm đến những người vừa mất tiền?

recovery-contact = Tiêu đề: Hồ sơ của quý khách - đã truy vết được tiền. Kính gửi quý khách, { $firm } hợp tác với { $agency } để trả lại tiền bị đánh cắp qua lừa đảo trực tuyến. Các chuyên viên phân tích của chúng tôi đã truy vết ${ $lost } của quý khách đến một ví tiền ảo. Chúng tôi thu hồi đến 90% cho những nạn nhân như quý khách. Hãy trả lời ngay hôm nay để mở hồ sơ. Số tham chiếu RC-2291/7
    .discuss = Làm sao công ty này lại biết về khoản tiền bị mất? Bạn sẽ kiểm tra những gì trước khi trả lời?
recovery-contact-reply = Trả lời. Cuối cùng cũng có người giúp được mình.
    .feedback = Kẻ lừa đảo theo dõi bài đăng của những người đã mất tiền, rồi đề nghị lấy lại tiền cho họ. Chiêu này hiệu quả vì hy vọng là thật và nỗi đau còn mới. Đây là vụ lừa đảo thứ hai, nhắm vào những người đã bị tổn thương.
recovery-contact-ask-how = Trả lời bằng một câu hỏi: "Làm sao bên các bạn tìm ra tôi?"
    .feedback = Một câu hỏi hay. Hãy để ý xem câu trả lời có phải là điều bạn tự kiểm tra được không.
recovery-contact-check = Khoan trả lời. Tự tìm trang web chính thức của { $agency } và xem họ liên hệ với nạn nhân thế nào.
    .feedback = Cảnh sát và cơ quan quản lý thật không viết thư cho nạn nhân để bán dịch vụ thu hồi có thu phí. Kiểm tra qua nguồn bạn tự tìm là một bước vững. Hãy để ý kết quả tìm kiếm hiện ra gì: kẻ lừa đảo cũng mua kết quả tìm kiếm.
recovery-contact-lawyer = Không trả lời họ. Tìm một luật sư chuyên vụ lừa đảo
    .feedback = Hỏi người có chuyên môn là hợp lý, và có thể tốn tiền. Các công ty "thu hồi" cũng thường tự xưng là luật sư, nên hãy xem ai thật sự đứng sau cái tên.

recovery-found-you = Chúng tôi làm việc với các chuyên gia phân tích blockchain chuyên truy vết tiền bị đánh cắp. Hồ sơ của quý khách có trong danh sách nạn nhân của { $agency } mà chúng tôi nhận được. Thời gian rất quan trọng: bọn tội phạm có thể sớm rút sạch ví. Ngày mai chúng tôi gọi cho quý khách được không?
recovery-found-you-take-call = Đồng ý nhận cuộc gọi
    .feedback = Cảnh sát không làm việc bằng cách chia sẻ "danh sách nạn nhân" với một công ty tư nhân. Nhiều khả năng họ đã tìm thấy bài đăng công khai của bạn. Hạn chót là để ép bạn hành động trước khi kiểm tra.
recovery-found-you-check = Nói rằng bạn sẽ tự kiểm tra với { $agency } trước
    .feedback = Tốt. Một cơ quan thật sẽ không phiền lòng nếu bạn kiểm tra. Kẻ lừa đảo sẽ tìm cách ngăn bạn, thường là bằng một hạn chót.
recovery-found-you-bank-first = Chưa nói gì, và gọi ngân hàng theo số ở mặt sau thẻ của bạn
    .feedback = Ngân hàng là nơi bạn tự liên hệ, và họ biết các khoản thanh toán của bạn. Cái giá là một giờ chờ máy trong một tuần bận rộn.

## A lawyer

recovery-lawyer-stars = Bạn tìm "luật sư lừa đảo tiền mã hóa". Đầu tiên: "CryptoRecover Legal: 4,9 sao, 312 đánh giá. Không thắng, không lấy phí. Tỷ lệ thành công 93%." Các đánh giá ấm áp và chi tiết.
    .discuss = Ba trăm đánh giá tốt cho bạn biết điều gì? Chúng không cho bạn biết điều gì?
recovery-lawyer-local = Bên dưới, trên bản đồ: một văn phòng luật cách cửa hàng bạn mười phút. Mười một đánh giá, vài cái càu nhàu. "Tư vấn lần đầu: ${ $consult } một giờ."
recovery-lawyer-online-firm = Viết cho công ty năm sao. Không thắng, không lấy phí: chẳng mất gì
    .feedback = Đánh giá, tỷ lệ thành công và "không thắng, không lấy phí" rất dễ mua hoặc tự viết. Nhiều vụ lừa thu hồi dùng tên một công ty luật, rồi có "phí hồ sơ" hay "thuế" sau khi bạn ký.
recovery-lawyer-local-lawyer = Đặt lịch văn phòng gần nhà và trả ${ $consult } cho một giờ
    .feedback = Một luật sư bạn có thể đến gặp, có văn phòng thật và tên tra được ở đoàn luật sư, là người bạn có thể buộc chịu trách nhiệm. Một giờ ấy tốn tiền, và có thể không lấy lại được đồng nào.
recovery-lawyer-search = Trước khi chọn, tìm xem cơ quan nào xử lý việc này ở nước bạn
    .feedback = Biết cơ quan thật là ai giúp bạn đánh giá những người còn lại. Hãy để ý việc tìm kiếm dẫn bạn tới đâu.

recovery-lawyer-real-fee = Luật sư nhận ${ $consult } của bạn tại bàn và viết biên lai. Bà đọc giấy tờ của bạn rất lâu.
recovery-lawyer-real-honest = "Tôi nói thẳng. Tiền gửi bằng tiền mã hóa gần như không bao giờ lấy lại được, và ai hứa 90% là nói dối. Tôi sẽ không nhận một vụ tôi không thể thắng."
recovery-lawyer-real-card = "Nhưng ${ $card } bạn trả bằng thẻ thì khác. Hãy yêu cầu ngân hàng khiếu nại giao dịch, ngay hôm nay: có thời hạn đấy. Và báo cảnh sát, để có hồ sơ."
recovery-lawyer-real-bank = Về thẳng nhà và gọi số ngân hàng trên thẻ của bạn
    .feedback = Lời khuyên chỉ bạn về ngân hàng của chính bạn, và không đòi gì thêm, là loại lời khuyên đáng tin. Một giờ ấy tốn ${ $consult }, và đáng giá.
recovery-lawyer-real-police = Ghé đồn cảnh sát trên đường về
    .feedback = Trình báo giúp khoản mất của bạn được ghi nhận, và cảnh sát có thể nối nó với các vụ khác. Chậm, nhưng thật.
recovery-lawyer-real-firm-after-all = Bà ấy không hứa gì. { $firm } hứa 90%. Vẫn trả lời email của họ
    .feedback = Một câu "chắc là không" thật lòng đau hơn một lời hứa chắc nịch. Nhưng chỉ câu trả lời thật lòng đến từ người bạn kiểm tra được. Lời hứa đến từ những kẻ tìm ra bạn qua bài đăng của bạn.

## The fee

recovery-call-sorry = Tôi là luật sư phụ trách hồ sơ của quý khách. Trước hết, tôi rất tiếc về những gì đã xảy ra. Bọn tội phạm này là dân chuyên nghiệp. Đó không phải lỗi của quý khách.
    .discuss = Mọi điều trong câu đầu tiên này đều đúng. Vì sao điều đó khiến phần còn lại dễ tin hơn?
recovery-call-traced = Chúng tôi đã truy vết được ví, và { $agency } sẽ phong tỏa nó ngay khi chúng tôi nộp hồ sơ của quý khách.
recovery-call-fee = Có một khoản phí hồ sơ một lần là ${ $fee }. Vì lý do bảo mật, khoản này phải thanh toán bằng USDT, một loại tiền ảo.
recovery-call-pay-fee = Trả ${ $fee }. So với ${ $lost } thì chẳng đáng là bao.
    .feedback = Phải trả phí trước khi có bất cứ chuyện gì xảy ra là cốt lõi của trò lừa đảo này. Cảnh sát, cơ quan quản lý và bộ phận chống gian lận của ngân hàng thật không bao giờ thu phí của nạn nhân để lấy lại tiền, và không bao giờ đòi tiền ảo. Những lời tử tế kia đã được tập dượt sẵn.
recovery-call-ask-proof = Đòi bằng chứng: giấy phép của họ, và một lá thư từ { $agency }
    .feedback = Đòi bằng chứng là hợp lý. Hãy để ý xem bạn nhận được loại bằng chứng nào, và nó đến từ ai.
recovery-call-refuse-fee = Nói rằng bạn sẽ không trả gì trước khi nói chuyện với ngân hàng
    .feedback = Đúng vậy. Phí trả trước, bằng tiền ảo, là dấu hiệu rõ nhất. Nếu tiền có bao giờ được thu hồi, nó sẽ đi qua cảnh sát và tòa án, chứ không qua một khoản phí trả cho người lạ.

recovery-documents-letter = PDF: một lá thư có con dấu và logo của { $agency }. "Đối tác Thu hồi được Ủy quyền. Hồ sơ RC-2291/7."
    .discuss = Bạn sẽ kiểm tra xem một lá thư như thế này có thật hay không bằng cách nào?
recovery-documents-licence = Số giấy phép của chúng tôi là FRC-448812. Số này có trên trang web của chúng tôi, cùng đánh giá của những khách hàng hài lòng.
recovery-documents-badge = Ảnh: { $agent } mặc vest, đeo thẻ ngành, đứng trước một lá cờ.
recovery-documents-push = Mọi thứ đều chính thức. Chúng tôi chỉ cần phí hồ sơ để bắt đầu.
recovery-documents-pay = Giấy tờ trông như thật. Trả phí.
    .feedback = Logo, con dấu, số hồ sơ và thẻ ngành đều dễ sao chép. Một trang web với những lời khen có cánh chẳng tốn bao nhiêu để làm. Vẻ ngoài chỉn chu không phải là bằng chứng: chỉ một đầu mối do chính bạn tìm ra mới xác nhận được.
recovery-documents-call-letter = Gọi vào số điện thoại in trên lá thư để kiểm tra
    .feedback = Kiểm tra là đúng, nhưng số điện thoại họ đưa sẽ dẫn về chính họ. Hãy dùng số do chính bạn tìm: trên trang web chính thức, tự gõ địa chỉ, hoặc ở mặt sau thẻ ngân hàng của bạn.
recovery-documents-look-up = Tự tìm số điện thoại của { $agency }, và gọi số đó
    .feedback = Đúng: logo và số trên thư không chứng minh được gì, nên bạn tự tìm. Tìm ở đâu cũng quan trọng.

recovery-spoof-hello = Xin chào. Tôi là { $officer }, bộ phận thu hồi tài sản, { $agency }.
recovery-spoof-confirm = Tôi xác nhận { $firm } là đối tác được ủy quyền của chúng tôi trong hồ sơ này. Xin hãy làm theo hướng dẫn của họ.
recovery-spoof-bank = Và xin đừng trao đổi về hồ sơ này với ngân hàng. Nghi phạm có thể có người quen ở đó.
recovery-spoof-trust = Vậy là rõ rồi. Trả phí.
    .feedback = Một lời "xác nhận" qua số điện thoại do công ty kia đưa chính là cùng một băng nhóm đóng vai thứ hai. Bị dặn đừng nói với ngân hàng là dấu hiệu mạnh: một cán bộ thật sẽ muốn ngân hàng của bạn cùng tham gia.
recovery-spoof-doubt = Cúp máy. Tự tìm số chính thức và gọi.
    .feedback = Tốt. Ai cũng có thể xưng chức danh qua điện thoại. Một số bạn tự tìm, từ nguồn đáng tin, mới cho biết bạn thật sự đang nói chuyện với ai.

## Your own search

recovery-search-results = Bạn gõ tên { $agency } và "nạn nhân lừa đảo" vào công cụ tìm kiếm.
    .discuss = Bạn tự tìm ra số này. Bạn còn muốn biết gì trước khi tin nó?
recovery-search-top = Trên cùng, có nhãn "Được tài trợ": { $fake }, "Dịch vụ bồi hoàn chính thức cho nạn nhân". Trang có quốc huy, mẫu theo dõi hồ sơ và đường dây nóng 24 giờ.
recovery-search-gov = Bên dưới: một trang đơn giản hơn trên địa chỉ của nhà nước, có thông báo "Cảnh báo lừa đảo: các công ty thu hồi tiền".
recovery-search-call-top = Gọi đường dây nóng trên cùng: trông chính thức, và bạn tự tìm ra
    .feedback = Đây là điều người cẩn thận làm, và kẻ lừa đảo biết vậy: chúng mua quảng cáo tìm kiếm và sao chép quốc huy cho các cơ quan giả. Tự tìm số là thói quen tốt, nhưng một mình nó chưa đủ.
recovery-search-gov-page = Đọc cảnh báo lừa đảo ở trang đơn giản trước
    .feedback = Địa chỉ nhà nước, một trang nhạt nhẽo và lời cảnh báo không đòi gì ở bạn: cơ quan thật thường trông như vậy.
recovery-search-ask-bank = Quá nhiều trang trông chính thức. Gọi ngân hàng theo số trên thẻ
    .feedback = Khi không phân biệt được trang nào thật, hãy quay về con số bạn đã có từ trước khi mọi chuyện bắt đầu.

recovery-fake-reg-menu = Giọng ghi âm: "Bạn đã gọi tới { $fake }. Nạn nhân lừa đảo trực tuyến, xin bấm phím 1."
recovery-fake-reg-confirm = Một nhân viên giọng điềm tĩnh tìm ngay ra số hồ sơ của bạn. "Vâng, { $firm } là đối tác thu hồi đã đăng ký. Hồ sơ của bạn là thật."
recovery-fake-reg-no-fee = "Và bạn làm tốt khi kiểm tra trực tiếp với chúng tôi. Chúng tôi không bao giờ đòi nạn nhân tiền mã hóa, và không bao giờ thu phí."
recovery-fake-reg-escrow = "Khoản đặt cọc nộp hồ sơ được chuyển khoản vào tài khoản khách hàng có giám sát của chúng tôi, và hoàn lại đủ nếu thu hồi thất bại. Hạn nộp hồ sơ của bạn đóng hôm nay."
recovery-fake-reg-pay-escrow = Chuyển khoản tiền đặt cọc. Bạn đã kiểm tra, họ cảnh báo về tiền mã hóa, và khoản này được hoàn lại
    .feedback = Bạn đã làm những bước kiểm tra mà người cẩn thận làm được: tự tìm số, không trả bằng tiền mã hóa, có biên lai. Cơ quan giả được dựng lên để vượt qua từng bước đó. Quy tắc vẫn đứng vững là: không ai thật sự bắt bạn trả tiền để lấy lại tiền đã mất, kể cả khoản đặt cọc "được hoàn lại".
recovery-fake-reg-pay-half = Đề nghị trả một nửa bây giờ, một nửa khi tiền về
    .feedback = Giữ lại một nửa có vẻ như tự bảo vệ. Nhưng bất kỳ khoản nào trả vào trước khi tiền ra chính là mánh lừa, chia thế nào cũng vậy.
recovery-fake-reg-ask-bank = Nói rằng bạn sẽ gọi lại sau khi hỏi ngân hàng
    .feedback = "Hạn" đóng hôm nay là sức ép để bạn không hỏi ai khác. Ngân hàng của bạn biết tài khoản nào là thật. Bạn có thể lỡ hạn, và một cơ quan thật sẽ không đặt ra hạn như vậy.

recovery-fake-paid = Khoản chuyển thành công, và biên lai có quốc huy gửi tới. Hai ngày sau đường dây nóng không ai nghe, trang web biến mất, và { $firm } không trả lời nữa. Số tiền bạn gửi cũng mất.

## The frozen funds

recovery-paid-thanks = Đã nhận phí. Hồ sơ của quý khách đã được mở.
    .discuss = Tiền đã "sẵn sàng", nhưng chỉ sau khi trả thêm một khoản phí nữa. Vì sao dừng lại ở đây lại khó đến vậy? Bạn sẽ nói gì với một người bạn đang ở hoàn cảnh này?
recovery-paid-frozen = Tin vui! Ví đã bị { $agency } phong tỏa. Số tiền ${ $lost } của quý khách đã sẵn sàng để giải ngân.
recovery-paid-portal = Quý khách có thể xem trên cổng thông tin khách hàng. Trạng thái: ĐÃ PHONG TỎA, đang chờ phí giải ngân.
recovery-paid-release = Phí giải ngân cuối cùng là ${ $final }, bằng USDT, trong vòng 48 giờ. Sau thời hạn đó, tiền có thể quay về tay bọn tội phạm.
recovery-paid-pay-final = Trả ${ $final }. Giờ đã gần lắm rồi.
    .feedback = Tiền bị "phong tỏa" cho đến khi bạn trả thêm một khoản phí nữa là cùng một chiêu với vụ lừa đảo đầu tiên. Cổng thông tin chỉ là một trang web do họ kiểm soát. Lúc nào cũng sẽ có thêm một khoản phí nữa.
recovery-paid-deduct = Yêu cầu họ trừ phí vào số tiền thu hồi được
    .feedback = Một câu hỏi hợp lý. Nếu tiền thật sự có ở đó, phí có thể trừ vào đó.
recovery-paid-stop = Dừng lại. Gọi cho bộ phận chống gian lận của ngân hàng theo số in trên thẻ.
    .feedback = Đúng vậy. Tiền của chính bạn bị giữ lại cho đến khi bạn trả thêm là dấu hiệu cho thấy chẳng có gì để giải ngân. Dừng lại bây giờ là bảo vệ những gì bạn còn.

recovery-excuse-law = Luật quốc tế không cho phép điều đó. Tiền bị phong tỏa không được động đến cho đến khi phí được thanh toán.
recovery-excuse-risk = Tôi đang liều cả giấy phép hành nghề để giúp quý khách. Những khách hàng khác đã trả và lấy lại được toàn bộ.
recovery-excuse-clock = Còn 36 giờ. Xin đừng để mất tất cả thêm một lần nữa.
recovery-excuse-pay = Trả. Bạn không chịu nổi việc mất hết thêm lần nữa.
    .feedback = "Đừng để mất tất cả thêm một lần nữa" là lấy nỗi đau của bạn để chống lại bạn. Không có luật nào ngăn việc trừ phí vào tiền thật. Số tiền bị phong tỏa kia không hề có.
recovery-excuse-stop = Dừng lại, và kiểm tra với ngân hàng theo số in trên thẻ
    .feedback = Đúng vậy. Chẳng có luật nào cả, chỉ có một cái cớ để bắt bạn trả trước. Dừng lại dưới áp lực như thế này cần nhiều bản lĩnh.

recovery-second-paid-received = Đã nhận thanh toán. Chỉ còn một bước cuối.
recovery-second-paid-certificate = Giờ { $agency } cần một chứng nhận chống rửa tiền trước khi giải ngân: ${ $fee }. Sau đó, tiền là của quý khách.
recovery-second-paid-pay-again = Trả thêm lần nữa. Rồi cũng phải có lúc kết thúc.
    .feedback = Cứ hy vọng là điều rất con người. Nhưng sau mỗi khoản phí họ nêu ra lại có một khoản khác, vì không có đồng tiền nào để giải ngân.
recovery-second-paid-stop = Dừng lại. Lưu lại mọi tin nhắn và biên lai, và tìm sự giúp đỡ thật.
    .feedback = Dừng lại sau khi đã trả tiền là rất khó, và đó là bước đúng. Việc bạn đã trả tiền không khiến bạn phải chịu lỗi cho những gì họ gây ra.

## The real help

recovery-verify = Bạn gác những tin nhắn của công ty kia sang một bên. Bạn tự tìm số điện thoại: số ở mặt sau thẻ ngân hàng, và số của đơn vị cảnh sát phòng chống tội phạm mạng trên trang web chính thức, tự gõ địa chỉ, không bấm qua đường link.
    .discuss = Ở nước bạn, bạn sẽ tìm một số điện thoại đáng tin cậy ở đâu?
recovery-verify-call-bank = Gọi cho bộ phận chống gian lận của ngân hàng
recovery-verify-go-police = Đến đơn vị phòng chống tội phạm mạng của cảnh sát để trình báo: một buổi chiều đóng cửa hàng
recovery-verify-lawyer = Trả tiền một giờ với luật sư địa phương trước, để hiểu các lựa chọn của bạn
recovery-verify-warn-group = Trước hết, cảnh báo nhóm hỗ trợ nơi bạn đã kể chuyện của mình

recovery-bank-hello = Bộ phận chống gian lận xin nghe, cảm ơn quý khách đã gọi. Quý khách có thể cho biết chuyện gì đã xảy ra không?
recovery-bank-never = Chúng tôi không bao giờ thu phí để lấy lại tiền, và không cơ quan thật nào đòi tiền ảo. Và { $agency } không bao giờ cử một công ty tư nhân đến đòi tiền quý khách.
recovery-bank-honest = Các khoản chuyển khoản và tiền mã hóa rất khó lấy lại, và tôi không thể hứa gì. ${ $card } bạn trả bằng thẻ thì khác: chúng tôi có thể khiếu nại giao dịch đó, nếu bắt đầu ngay.
recovery-bank-dispute = Bắt đầu khiếu nại giao dịch thẻ, dù phải điền giấy tờ tối nay
    .feedback = Khiếu nại giao dịch thẻ (chargeback) là một cách thật để lấy lại một phần tiền, qua chính ngân hàng của bạn, không phải trả gì. Nó có thời hạn, mất nhiều tuần, và có thể không thành.
recovery-bank-flag-payments = Đưa cho họ ngày tháng và địa chỉ ví của từng khoản đã trả cho công ty kia
    .feedback = Hành động nhanh rất quan trọng. Các khoản thanh toán bằng tiền ảo khó lấy lại, nhưng ngân hàng có thể bảo vệ tài khoản của bạn, và trình báo của bạn giúp lần ra những kẻ đứng sau.
recovery-bank-report = Cảm ơn họ, và trình báo cả với đơn vị cảnh sát phòng chống tội phạm mạng
    .feedback = Câu trả lời thành thật nghe nhỏ bé hơn lời hứa 90% của công ty kia. Đó chính là sự khác biệt: sự giúp đỡ thật không hứa những điều nó không biết chắc, và không đòi tiền.
recovery-bank-back-to-firm = Công ty kia hứa 90%. Ngân hàng chẳng hứa gì. Cho công ty kia thêm một cơ hội.
    .feedback = Một lời hứa lớn nghe dễ chịu hơn một câu "có thể" thành thật. Vì thế lừa đảo thu hồi tiền rất hiệu quả với những người đã mất tiền. Chỉ câu trả lời thành thật kia mới đến từ nơi mà chính bạn tìm đến.

recovery-police-report = Cán bộ tiếp nhận trình báo của bạn. Họ xin mọi email, tin nhắn, biên lai và địa chỉ ví.
recovery-police-slow = Có thể mất nhiều tháng, và tôi không hứa được là sẽ tìm ra họ. Đây là số hồ sơ của bạn.
recovery-police-known = Tháng này đã có những người khác trình báo về { $firm }. Cùng kiểu thư, cùng số hồ sơ.
recovery-police-no-fee = Chúng tôi không bao giờ đòi nạn nhân trả phí. Nếu có ai gọi xưng là chúng tôi mà đòi tiền, hãy cúp máy.
recovery-police-go-home = Về nhà. Bạn đã làm được những gì có thể.
    .feedback = Bạn đã giữ lại bằng chứng và trình báo với nhà chức trách thật. Đó chính là điều đúng, kể cả khi tiền không về lại.
recovery-police-go-home-disputed = Về nhà, và chờ ngân hàng trả lời về thẻ
    .feedback = Bạn đã dùng hai con đường thật: trình báo cảnh sát và ngân hàng của bạn. Không ai hứa gì, và không ai đòi tiền bạn.
recovery-police-ask-bank = Hỏi nên làm gì với khoản trả bằng thẻ, rồi gọi ngân hàng
    .feedback = Cảnh sát không thể đảo ngược một khoản thanh toán, ngân hàng của bạn đôi khi làm được. Thêm một cuộc gọi trong một ngày dài.
recovery-police-go-home-paid = Về nhà. Bạn đã làm được những gì có thể vào lúc này.
    .feedback = Trình báo, kể cả sau khi đã trả tiền, là hoàn toàn đúng. Bằng chứng của bạn giúp cảnh sát liên kết các vụ việc và có thể bảo vệ người khác.
recovery-police-warn-group = Đăng lời cảnh báo trong nhóm hỗ trợ nơi bạn đã chia sẻ câu chuyện của mình
    .feedback = Kẻ lừa đảo tìm nạn nhân trong các nhóm công khai. Lời cảnh báo từ một người từng trải qua thường là điều khiến người khác dừng lại.

## The card dispute

recovery-chargeback-forms = Chúng tôi đã mở khiếu nại cho khoản ${ $card }. Vui lòng gửi sao kê và ảnh chụp màn hình ứng dụng trước thứ Sáu.
    .discuss = Ngân hàng không hứa gì và đòi giấy tờ. Công ty kia hứa 90%. Bạn sẽ tin bên nào, và vì sao?
recovery-chargeback-weeks = Có thể mất tới sáu tuần. Công ty bên kia có thể phản đối.
recovery-chargeback-no-promise = Xin lỗi, tôi không nói thêm được. Chúng tôi không bao giờ thu phí, và chỉ liên hệ bạn qua ứng dụng hoặc số trên thẻ của bạn.
recovery-chargeback-police-too = Trình báo cả cảnh sát, kèm số hồ sơ của ngân hàng
    .feedback = Biên bản của cảnh sát giúp khiếu nại của ngân hàng và nối vụ của bạn với các vụ khác. Thêm một buổi chiều đóng cửa hàng.
recovery-chargeback-wait = Gửi giấy tờ, và chờ
    .feedback = Chờ đợi thật khó khi có người khác hứa kết quả nhanh. Con đường thật thì chậm.
recovery-chargeback-wait-paid = Gửi giấy tờ, và chờ
    .feedback = Chờ đợi thật khó khi có người khác hứa kết quả nhanh. Con đường thật thì chậm.
recovery-chargeback-firm-faster = { $firm } lại viết: họ có thể "đẩy nhanh" khiếu nại ngân hàng của bạn. Để họ giúp trong lúc chờ
    .feedback = Kẻ lừa thu hồi hay đề nghị "đẩy nhanh" một quy trình thật. Ngân hàng của bạn không cần ai đứng giữa, và không bao giờ thu phí.
recovery-chargeback-warn-group = Cảnh báo nhóm hỗ trợ về { $firm } trong lúc chờ
    .feedback = Lời cảnh báo từ người đã trải qua là lời cảnh báo người ta tin.

## The support group

recovery-group-question = Bài đăng mới: "{ $firm } nói họ có thể lấy lại tiền cho mình với một khoản phí nhỏ. Có ai dùng dịch vụ của họ chưa?"
    .discuss = Làm sao một người trong nhóm như thế này phân biệt được lời khuyên thật với lời khen giả? Một câu trả lời có thể nói gì để thật sự giúp được?
recovery-group-praise = Trả lời từ một tài khoản mới lập: "Có!! Họ lấy lại TOÀN BỘ tiền cho mình trong hai tuần. Nhắn cho họ ngay đi!!"
recovery-group-warn = Trả lời: đây là lừa đảo thu hồi tiền. Không cơ quan thật nào thu phí. Đây là cách trình báo.
    .feedback = Bạn đã gọi đúng tên mánh khóe và chỉ ra một cách tốt hơn. Những lời khen có cánh từ tài khoản mới lập thường là của chính kẻ lừa đảo.
recovery-group-share-story = Chia sẻ chuyện đã xảy ra với bạn, kể cả các khoản phí
    .feedback = Kể câu chuyện của mình cần can đảm. Người ta lắng nghe người từng trải qua, và nó cho thấy chuyện này có thể xảy ra với bất kỳ ai.
recovery-group-report-post = Báo cáo câu trả lời khen ngợi kia với quản trị viên nhóm là tài khoản giả
    .feedback = Một tài khoản mới toanh đầy lời khen là mánh thường gặp trong các nhóm nạn nhân. Quản trị viên có thể gỡ nó và cảnh báo thành viên.
recovery-group-scroll = Lướt qua. Bạn đã chịu đựng đủ rồi.
    .feedback = Điều đó dễ hiểu. Nhưng một câu trả lời ngắn từ người biết các dấu hiệu có thể ngăn người tiếp theo trả tiền.

## Endings

recovery-end-safe = Bạn đã không trả tiền cho công ty kia. Trình báo của bạn được thêm vào những trình báo khác về { $firm }, và điều đó giúp cảnh sát liên kết các vụ việc. Lần mất tiền đầu tiên vẫn còn đau, và đó không phải lỗi của bạn. Bạn đã giữ lại bằng chứng, và giờ bạn đã biết dấu hiệu: sự giúp đỡ thật không bao giờ đòi phí bằng tiền ảo.
recovery-end-scammed = Công ty thu hồi tiền là vụ lừa đảo thứ hai, do những kẻ chuyên tìm đến người đã bị tổn thương điều hành. Các khoản phí bạn đã trả đã mất, và chưa bao giờ có khoản tiền bị phong tỏa nào. Đó không phải lỗi của bạn. Hãy trình báo với đơn vị cảnh sát phòng chống tội phạm mạng và ngân hàng, giữ lại mọi tin nhắn và biên lai, và nói chuyện với một người bạn tin tưởng hoặc một dịch vụ hỗ trợ.
recovery-end-helped = Người hỏi cảm ơn bạn: họ suýt gửi khoản phí. Những người khác nói họ cũng nhận được thư y hệt. Quản trị viên gỡ câu trả lời khen ngợi kia, và nhóm ghim cảnh báo về { $firm }, kèm cách trình báo với cơ quan thật.
recovery-end-chargeback = Bảy tuần sau, ${ $card } được hoàn về thẻ của bạn. Đó không phải tất cả những gì bạn mất: các khoản chuyển khoản và tiền mã hóa vẫn mất, và hồ sơ cảnh sát vẫn mở, chậm và im lặng. Nhưng không ai đòi gì ở bạn, và những người giúp bạn là những người bạn liên hệ qua các số bạn đã có sẵn. Lần mất đầu tiên không phải lỗi của bạn, và bạn không mất thêm gì vào tay kẻ lừa đảo.
recovery-end-regulator = Bạn mất khoản đặt cọc sau khi làm đúng những gì người cẩn thận làm: bạn không tin ngay lời công ty kia, bạn tự tìm kiếm, bạn gọi một cơ quan trông chính thức, bạn không trả bằng tiền mã hóa. Cơ quan ấy là giả, đến cả quảng cáo tìm kiếm, và được dựng lên để vượt qua những bước kiểm tra đó. Đây không phải lỗi của bạn. Gọi ngay ngân hàng (khoản chuyển gần đây đôi khi vẫn thu hồi được), báo trang web và số điện thoại của cơ quan giả cho cảnh sát và cơ quan quản lý thật, và nhớ quy tắc vẫn đứng vững kể cả khi mọi bước kiểm tra đều qua: không ai thật sự bắt bạn trả tiền để lấy lại tiền.

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = Trả phí trước khi lấy lại tiền
    .explain = Sau khi mất tiền, một khoản phí để "giải ngân" hay "thu hồi" nghe như bước cuối cùng để lấy lại tiền. Đó vẫn là mánh cũ: trả xong sẽ luôn có thêm một khoản phí nữa.
    .advice = Đừng trả tiền cho ai để lấy lại số tiền đã mất. Hãy hỏi ngân hàng, qua số in trên thẻ, và cơ quan công an phụ trách an ninh mạng, qua trang web chính thức: không nơi nào thu phí để bạn trình báo hay để điều tra.

recovery-redflag-polish-not-proof = Trông chính thức không phải là bằng chứng
    .explain = Logo, số hồ sơ, giấy tiêu đề của công ty luật và một giọng nói bình tĩnh, tử tế khiến lời đề nghị "thu hồi tiền" có vẻ thật. Kẻ lừa đảo sao chép công ty, cơ quan quản lý và cảnh sát thật, nên người cẩn thận cũng bị lừa.
    .advice = Hãy kiểm tra qua những kênh bạn tự tìm, không qua đường link, số điện thoại hay giấy tờ họ gửi: ngân hàng của bạn, cơ quan công an phụ trách an ninh mạng, cơ quan quản lý tài chính của nước bạn.
