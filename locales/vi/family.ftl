# Machine-drafted translation: needs review by a native speaker.
family-title = Xa nhà
family-summary = Đứa con đã trưởng thành của bạn được một người hàng xóm giới thiệu việc chăm sóc khách hàng ở Bangkok. Bạn là cha mẹ: bạn quyết định kiểm tra điều gì, gọi cho ai và làm gì khi tin nhắn bắt đầu khác đi.
family-content-note = Câu chuyện này kể về một gia đình có con bị giam giữ trong khu lừa đảo. Câu chuyện có nhắc đến một khoản nợ bịa đặt, lời đe dọa và việc đòi tiền chuộc, nhưng không mô tả cảnh bạo lực. Bạn có thể tạm dừng hoặc rời đi bất cứ lúc nào bằng phím q.

## Characters

family-character-neighbour = Người hàng xóm
family-character-cousin = Người anh em họ
family-character-child = { $child }
family-character-stranger = Số lạ
family-character-embassy = Cán bộ trực đại sứ quán
family-character-ngo = Nhân viên hỗ trợ của tổ chức phi chính phủ

## Variables

family-child-ravi = Ravi
family-child-priya = Priya
family-child-wanjiru = Wanjiru
family-child-brian = Brian
family-child-joy = Joy
family-child-jomar = Jomar
family-child-dewi = Dewi
family-child-budi = Budi
family-parent-ma = Mẹ
family-parent-pa = Bố
family-place-myawaddy = Myawaddy, Myanmar
family-place-shwe-kokko = Shwe Kokko, Myanmar
family-place-poipet = Poipet, Campuchia
family-place-sihanoukville = Sihanoukville, Campuchia

## The neighbour's offer

family-news-greet = Tin vui cho { $child } đây! Sếp của cháu tôi ở Bangkok đang cần người chăm sóc khách hàng.
    .discuss = Vì sao một lời mời lại có vẻ an toàn hơn khi đến từ người quen?
family-news-offer = ${ $salary } một tháng, được lo vé máy bay và phòng ở. Chỉ cần giỏi tiếng Anh và đánh máy nhanh. Không cần kinh nghiệm.
family-news-vouch = Tôi biết { $child } từ hồi còn đi học. Cháu tôi đi từ năm ngoái, tháng nào cũng gửi tiền về nhà. Tôi lại đi đẩy con cháu trong xóm vào chỗ xấu sao?
family-news-say-yes = Cảm ơn hàng xóm và bắt đầu lo chuyến đi
    .feedback = Lời của hàng xóm nghe như một sự bảo đảm, và chính vì thế bọn tuyển người hay dùng bạn bè, hàng xóm. Những người này có thể được trả tiền cho mỗi người họ giới thiệu, hoặc chính họ cũng bị lừa. Mức lương cũng cao hơn nhiều so với công việc này, dù ở trong nước hay ở Bangkok. Và vé máy bay cùng chỗ ở do người lạ trả có thể quay lại thành một món nợ về sau.
family-news-ask-papers = Cảm ơn hàng xóm, nhưng hỏi tên công ty, hợp đồng và công ty môi giới
    .feedback = Tốt. Tin hàng xóm là chuyện bình thường, nhưng việc làm thật phải có giấy tờ riêng. Hỏi giấy tờ không phải là bất lịch sự: cha mẹ cẩn thận nào cũng làm vậy.
family-news-ask-cousin = Nói chuyện trước với người anh em họ có con gái đang làm việc ở nước ngoài
    .feedback = Ý hay: một người đã ra nước ngoài đúng cách có thể cho bạn thấy việc làm thật trông như thế nào, để bạn so sánh.

family-neighbour-vague-contract = Hợp đồng à? Khi { $child } đến Bangkok thì ký ở đó. Công ty lớn lắm, tên tuổi không quan trọng.
    .discuss = Câu trả lời nào trong số này khiến bạn lo nhất, và vì sao?
family-neighbour-vague-visa = { $child } cứ đi bằng visa du lịch. Sếp sẽ lo giấy phép lao động sau. Ai cũng làm vậy mà.
family-neighbour-vague-hurry = Nhưng họ cần trả lời trước thứ Sáu. Nhiều người muốn việc này lắm.
family-neighbour-vague-check-agency = Trước khi đồng ý, kiểm tra công việc với cơ quan quản lý lao động ngoài nước
    .feedback = Đúng vậy. Không có hợp đồng trước khi đi, đi làm bằng visa du lịch, và hạn chót không cho thời gian kiểm tra: đó là dấu hiệu của những việc làm giả dẫn đến khu lừa đảo. Cơ quan nhà nước có thể cho bạn biết công việc có thật hay không.
family-neighbour-vague-trust-neighbour = Thôi bỏ qua. Hàng xóm đã biết { $child } bao nhiêu năm rồi
    .feedback = Sự hối thúc là để bạn không kịp kiểm tra. Công việc không có hợp đồng bằng văn bản, đi bằng visa du lịch, khiến người lao động không có quyền lợi và không có bằng chứng gì nếu có chuyện.
family-neighbour-vague-ask-cousin = Nói là để suy nghĩ thêm, rồi sang nhà người anh em họ
    .feedback = Bạn hoàn toàn được phép dành thời gian. Chủ lao động thật có thể đợi vài ngày để bạn kiểm tra.

## The cousin's job: a real one

family-cousin-job = Con gái tôi hả? Nó làm bếp trong khách sạn ở Dubai. Lương bình thường, không phải giàu to, nhưng tháng nào cũng có.
    .discuss = Công việc của con người anh em họ khác gì với lời mời của hàng xóm?
family-cousin-papers = Trước khi đi, nó ký hợp đồng có ghi tên, địa chỉ khách sạn, lương và giờ làm. Nó đi bằng visa lao động, không phải visa du lịch.
family-cousin-checked = Nhà tôi đã tra giấy phép của công ty môi giới trên trang web lao động ngoài nước của nhà nước, và công việc của nó có trong danh sách. Họ cũng không đòi nhà tôi khoản phí lớn nào.
family-cousin-check-both = Việc của cháu là thật. Giờ hãy kiểm tra lời mời của hàng xóm theo cách tương tự
    .feedback = Tốt: giờ bạn đã biết việc làm thật trông như thế nào. Có tên chủ lao động, hợp đồng ký trước khi đi, visa lao động, công ty môi giới có giấy phép và mức lương bình thường. Lời mời của hàng xóm trả nhiều hơn cho ít việc hơn, và không có điều nào trong số đó. Vé máy bay và chỗ ở được trả cho một người không có hợp đồng có thể bị gọi là nợ về sau.
family-cousin-doubt-all = Nói với người anh em họ rằng việc nào ở nước ngoài cũng là bẫy
    .feedback = Việc của cháu là thật: có công ty môi giới được cấp phép, có hợp đồng và visa lao động, và hàng triệu người đi làm ở nước ngoài an toàn như vậy. Mục đích không phải là sợ mọi lời mời, mà là kiểm tra từng lời mời. Bạn quyết định kiểm tra cả lời mời của hàng xóm.
family-cousin-trust-both = Cả hai lời mời đều đến từ người bạn tin. Nếu việc của cháu ổn thì việc của hàng xóm chắc cũng ổn
    .feedback = Tin một người không phải là bằng chứng về một công việc. Người anh em họ đưa ra được giấy tờ; hàng xóm thì không. Bọn tuyển người trông vào chính niềm tin vay mượn này.

family-agency-check = Bạn hỏi cơ quan quản lý lao động ngoài nước về công việc của hàng xóm. Không có công ty môi giới được cấp phép, không có chủ lao động được phê duyệt, không có đơn hàng nào. Cán bộ nói việc làm thật ở nước ngoài phải có hợp đồng trước khi đi và có visa lao động. Những lời mời như thế này thường kết thúc ở các khu lừa đảo tại Campuchia hoặc Myanmar.
    .discuss = Ở nước bạn, bạn sẽ kiểm tra một lời mời làm việc ở nước ngoài ở đâu?
family-agency-check-show-child = Ngồi lại với { $child } và cho xem những gì bạn tìm được
    .feedback = Tốt. Một công việc mà cơ quan quản lý lao động ngoài nước không hề biết là một trong những dấu hiệu cảnh báo rõ nhất. Bình tĩnh chia sẻ sự thật giúp { $child } tự quyết định.
family-agency-check-keep-quiet = Không nói gì. { $child } đã lớn, lại đang háo hức như vậy
    .feedback = Kết quả kiểm tra cho thấy không công ty môi giới có giấy phép nào biết công việc này. Đó là một trong những lời cảnh báo rõ nhất. Im lặng nghĩa là để { $child } ra đi mà không biết điều đó.

family-talk-excited = Nhưng { $parent } ơi, ai cũng nói đây là việc tốt mà! Cháu của bác hàng xóm vẫn gửi tiền về nhà đấy.
family-talk-help = Với lại con muốn phụ tiền chi tiêu trong nhà. Ở đây con chẳng có việc gì.
family-talk-look-together = Cho con xem những gì bạn tìm được, và rủ con cùng tìm việc qua một công ty có giấy phép
    .feedback = Sự thật, sự tôn trọng và một kế hoạch hiệu quả hơn nỗi sợ. { $child } vẫn muốn đi làm nước ngoài, và một con đường an toàn giúp từ chối con đường không an toàn dễ hơn.
family-talk-forbid = Cấm không cho đi. Bạn là cha mẹ, và đã nói là vậy
    .feedback = Nỗi lo đó là dễ hiểu. Nhưng mệnh lệnh thường khiến đứa con đã lớn vẫn bỏ đi, một cách lén lút, rồi im lặng khi gặp chuyện. Một cuộc nói chuyện cởi mở và một kế hoạch tốt hơn sẽ giữ cánh cửa luôn mở.

family-end-safe = { $child } không nhận việc đó, và giận bạn mấy tuần liền: cháu của bác hàng xóm cứ đăng ảnh từ "Bangkok". Vài tháng sau { $child } tìm được việc ở một cửa hàng trong thị trấn, lương thấp hơn. Bạn báo lời mời của hàng xóm cho cơ quan quản lý lao động đi nước ngoài, để các gia đình khác được cảnh báo. Ở lại có cái giá của nó, và đó là cái giá thật; nhưng đó là lựa chọn có đủ thông tin.

## Abroad

family-itinerary-route = { $parent } ơi, công ty gửi vé cho con rồi! Bay sang Kuala Lumpur trước, rồi một vé riêng từ đó đi Bangkok. Họ bảo thế rẻ hơn.
    .discuss = Vì sao một công ty lại cho người đi Bangkok qua một thành phố khác, bằng hai vé?
family-itinerary-met = Một người của công ty sẽ đón con ở Kuala Lumpur, mang theo vé thứ hai. Hai tuần nữa con bay!
family-itinerary-ask-route = Hỏi vì sao chuyến đi bị chia làm hai, và xin mọi số hiệu chuyến bay cùng tên người sẽ đón { $child }
    .feedback = Một câu hỏi chính đáng. Một công việc ở Bangkok mà phải đi qua thành phố khác, bằng vé riêng, với một người lạ trao vé tiếp theo, là một kiểu quen thuộc: nó khiến cán bộ, và cả bạn, khó biết { $child } đang ở đâu. Mỗi số hiệu chuyến bay và cái tên bạn giữ lại bây giờ sẽ giúp ích nếu có chuyện gì xảy ra.
family-itinerary-wish-luck = Chúc { $child } thượng lộ bình an. Vé rẻ thường phải đi vòng
    .feedback = Chuyến bay nối chuyến giá rẻ là chuyện thường, nên điều này nghe bình thường. Nhưng hai vé riêng và một người đàn ông chờ sẵn với vé tiếp theo khiến lộ trình khó theo dõi, với cán bộ xuất nhập cảnh và với cả bạn. Hỏi từng chặng và ghi lại thì chẳng mất gì.
family-itinerary-check-ins = Thống nhất rằng { $child } nhắn tin ở mỗi điểm dừng, và bạn sẽ gọi đại sứ quán nếu có tin nào không đến
    .feedback = Tốt: một lộ trình bị chia nhỏ thì khó theo dõi, và tin nhắn từ mỗi điểm dừng để lại dấu vết. Nếu tin nhắn ngừng, bạn sẽ biết khi nào, ở đâu, và cần gọi cho ai.

family-departure = Hai tuần sau, { $child } bay đi Bangkok. Những tin nhắn đầu tiên rất vui: ảnh selfie ở sân bay, phòng khách sạn, một đĩa mì cay xé lưỡi. Rồi suốt một tuần, không có tin gì.

family-move-sorry = { $parent } ơi, con xin lỗi, con không có thời gian nhắn. Công ty chuyển tụi con sang văn phòng mới.
    .discuss = Điều gì đã thay đổi so với lúc công việc được giới thiệu?
family-move-border = Tụi con đi xe suốt đêm. Đến biên giới thì không đi qua cửa xuất nhập cảnh. Có một người đàn ông dẫn tụi con qua một lối mòn nhỏ. Tài xế bảo chuyện đó bình thường.
family-move-place = Giờ tụi con đang ở { $place }. Ở đây mạng yếu lắm. Khi nào được con sẽ nhắn.
family-move-save-location = Bảo { $child } chia sẻ vị trí trực tiếp và tên công ty. Lưu lại mọi tin nhắn
    .feedback = Tốt. Công việc ở Thái Lan; giờ lại ở nước khác, đến đó mà không qua cửa xuất nhập cảnh. Nơi làm việc thay đổi và vượt biên lén lút là hai dấu hiệu cảnh báo mạnh. Vị trí đã lưu và ảnh chụp màn hình sẽ giúp ích cho bất kỳ ai tìm cách giúp đỡ sau này.
family-move-stay-calm = Gửi một trái tim và viết: "Làm việc chăm chỉ nhé, cả nhà tự hào về con"
    .feedback = Muốn giữ tinh thần lạc quan là điều tự nhiên. Nhưng công việc đã chuyển sang nước khác, và { $child } đã qua biên giới mà không qua xuất nhập cảnh. Đây là hai dấu hiệu mạnh cho thấy có chuyện không ổn, và lưu lại vị trí cùng tin nhắn ngay bây giờ sẽ giúp ích về sau.

family-silence = Tin nhắn thưa dần: trả lời cụt lủn, vào những giờ kỳ lạ. Rồi mười ngày không có gì cả. Một đêm khuya, điện thoại bạn sáng lên.

family-debt-quick = { $parent } ơi, con không nói lâu được. Họ kiểm tra điện thoại tụi con.
    .discuss = Lúc này, người làm cha mẹ có thể cảm thấy thế nào? Họ có thể làm gì trước tiên, trước khi chuyển bất kỳ khoản tiền nào?
family-debt-owe = Công việc không giống như họ nói. Ông chủ bảo con nợ ${ $debt } tiền vé máy bay, visa và tiền phòng.
family-debt-please = Con chỉ được về nếu trả tiền. Nhà chuyển vào tài khoản này giúp con với. Xin đừng nói với ai.
family-debt-pay-debt = Chuyển tiền ngay tối nay. { $child } đang van xin bạn
    .feedback = Cha mẹ nào cũng muốn trả. Nhưng "khoản nợ" này được bịa ra để giữ chân người lao động. Trả tiền hiếm khi giúp ai được tự do, mà còn cho bọn cầm đầu thấy gia đình bạn xoay được tiền.
family-debt-call-embassy = Chưa chuyển tiền vội. Gọi ngay cho đại sứ quán và đường dây nóng quốc gia trong tối nay
    .feedback = Đúng vậy. Khoản nợ tiền đi lại và chỗ ở phải trả xong mới được rời đi là một cái bẫy quen thuộc: trói buộc bằng nợ. Đại sứ quán và đường dây nóng quốc gia biết những vụ như thế này, và an toàn hơn cảnh sát gần các khu lừa đảo, nơi tin báo có thể lọt ngược về tai bọn cầm đầu.
family-debt-call-police = Tìm số của cảnh sát ở { $place } và trình báo
    .feedback = Đó có vẻ là bước hiển nhiên. Nhưng những người sống sót kể rằng việc liên lạc với cảnh sát địa phương gần các khu lừa đảo đôi khi bị báo lại cho bọn cầm đầu. Những con đường an toàn hơn là đại sứ quán, đường dây nóng quốc gia và các tổ chức phi chính phủ đáng tin cậy.

family-police = Viên cảnh sát bạn liên lạc được ở { $place } rất lịch sự và ghi lại thông tin. Hai ngày sau, { $child } nhắn từ một chiếc điện thoại mượn: "Ông chủ biết nhà mình đã gọi cảnh sát. Họ chuyển tụi con sang tòa nhà khác. Xin đừng gọi cho họ nữa."

family-ransom-company = Đây là công ty của { $child }. { $child } đã vi phạm quy định và đang bị phạt.
    .discuss = Vì sao bọn tội phạm muốn gia đình hành động một mình và thật nhanh?
family-ransom-pay = Gửi ${ $ransom } bằng USDT trong vòng 48 giờ. Nếu không, { $child } sẽ bị bán sang công ty khác.
family-ransom-no-police = Không được báo cảnh sát. Chúng tôi sẽ biết.
family-ransom-pay-ransom = Vay họ hàng để trả, cho con khỏi bị phạt
    .feedback = Muốn con thôi bị hại bằng mọi giá là điều ai cũng hiểu. Nhưng trả tiền không bảo đảm được thả, và các gia đình thường bị đòi thêm sau khi trả. Bọn tội phạm trông vào nỗi sợ và sự vội vàng.
family-ransom-get-help = Không trả lời. Lưu mọi tin nhắn, rồi gọi đại sứ quán và đường dây nóng quốc gia
    .feedback = Đúng. Đe dọa và đòi tiền chuộc từ gia đình là cách các khu lừa đảo bòn thêm tiền. Lưu mọi tin nhắn, số điện thoại và tài khoản: đại sứ quán và các tổ chức xử lý những vụ như thế này cần chúng.

## Getting help

family-embassy-hello = Đại sứ quán xin nghe, cán bộ trực đây. Tôi rất tiếc vì chuyện đang xảy ra. Gọi cho chúng tôi là đúng.
family-embassy-advice = Chúng tôi đã giúp những gia đình khác trong những trường hợp như thế này. Xin đừng gửi tiền cho bất kỳ ai, và đừng tự gọi cho cảnh sát địa phương.
family-embassy-need = Chúng tôi cần thông tin hộ chiếu của { $child }, vị trí cuối cùng được biết, các số điện thoại đã nhắn cho gia đình, và mọi tài khoản ngân hàng hay tài khoản tiền ảo mà họ đưa ra.
family-embassy-send-saved = Gửi vị trí, tên công ty và những ảnh chụp màn hình bạn đã lưu
    .feedback = Nhờ bạn đã lưu lại khi { $child } bị chuyển đi, đại sứ quán có thể bắt tay vào việc ngay. Hồ sơ đầy đủ là một trong những thứ hữu ích nhất mà gia đình có thể đưa ra.
family-embassy-collect-now = Nhờ một người thân giúp xem lại điện thoại và thu thập mọi thứ
    .feedback = Tốt: gia đình có thể giúp. Mỗi ngày tháng, số điện thoại, số tài khoản và tên địa điểm đều giúp những người đang tìm { $child }.

family-records = Em gái bạn sang nhà. Đến tận khuya, hai người chụp màn hình từng tin nhắn, ghi lại từng số điện thoại và ngày tháng, và tìm ra nơi cuối cùng { $child } nhắc đến: { $place }. Bạn gửi tất cả cho đại sứ quán. Cán bộ cho bạn số điện thoại của một tổ chức phi chính phủ mà họ vẫn phối hợp.

family-ngo-hello = Xin chào, tôi là nhân viên hỗ trợ mà đại sứ quán đã nhắc đến. Chúng tôi giúp mọi người thoát khỏi các khu lừa đảo và về nhà.
family-ngo-plan = Chúng tôi phối hợp với đại sứ quán và các đối tác gần { $place }. Xin đừng trả tiền cho ai, và báo cho chúng tôi mỗi khi có tin nhắn mới.
family-ngo-recruiter = Cho tôi hỏi một câu: ai đã tìm công việc này cho { $child }?
family-ngo-report-neighbour = Đưa cho nhân viên hỗ trợ tên và số điện thoại của hàng xóm, và tạm thời chưa nói gì với hàng xóm
    .feedback = Tốt. Người chuyển lời mời có thể được trả tiền cho mỗi người tuyển được, hoặc chính họ cũng bị lừa. Nhân viên hỗ trợ và đường dây nóng có thể theo dõi tiếp và cảnh báo các gia đình khác, mà không để lộ cho bọn cầm đầu.
family-ngo-confront = Sang nhà hàng xóm đòi câu trả lời
    .feedback = Cơn giận của bạn là chính đáng. Nhưng một lời báo động từ hàng xóm có thể lọt về tai bọn cầm đầu, và chính người hàng xóm cũng có thể là nạn nhân của lời nói dối. An toàn hơn là để nhân viên hỗ trợ và đường dây nóng theo dõi tiếp.

family-wait-ignoring = Nhà các người đang lờ chúng tôi đi. Không khôn ngoan đâu.
family-wait-threat = Trả ${ $ransom } ngay hôm nay, nếu không { $child } sẽ bị đưa sang một công ty khác ở rất xa. Các người sẽ không bao giờ tìm lại được { $child }.
family-wait-last = Cơ hội cuối cùng.
family-wait-forward = Không trả lời. Chuyển tiếp tin nhắn cho nhân viên hỗ trợ và đại sứ quán
    .feedback = Rất khó, nhưng đúng. Lời đe dọa nhằm khiến bạn hành động một mình và vội vàng. Những người đang xử lý vụ việc cần thấy chúng, và trả tiền lúc này có thể dẫn đến những lần đòi mới.
family-wait-forward-paid = Không trả lời. Chuyển tiếp tin nhắn cho nhân viên hỗ trợ và đại sứ quán
    .feedback = Rất khó, nhưng đúng. Bạn đã trả một lần rồi mà { $child } vẫn chưa được về; lời đe dọa là để bạn trả tiếp. Những người đang xử lý vụ việc cần thấy chúng.
family-wait-pay-now = Bạn không chịu nổi nữa. Trả tiền, và mong mọi chuyện kết thúc
    .feedback = Sau nhiều tuần sợ hãi, ai cũng có thể chịu thua. Nhưng lời đe dọa là chiêu gây áp lực, và trả tiền thường kéo theo lần đòi tiếp theo. Nhân viên hỗ trợ có thể giúp bạn quyết định; bạn không phải đối mặt chuyện này một mình.

family-more-demands-received = Đã nhận tiền.
family-more-demands-more = Nhưng { $child } vẫn còn nợ ${ $debt } tiền ăn, tiền đào tạo và "phí chuyển nhượng".
family-more-demands-go = Trả đi, rồi { $child } được về nhà. Đừng chậm trễ.
family-more-demands-pay-again = Trả thêm lần nữa. Biết đâu lần này là xong
    .feedback = "Khoản nợ" tăng lên mỗi lần bạn trả: nó được dựng lên như vậy. Mỗi lần trả lại cho bọn cầm đầu thấy gia đình bạn còn xoay được thêm.
family-more-demands-stop-paying = Ngừng trả tiền. Mang mọi biên lai và tin nhắn đến đại sứ quán
    .feedback = Đúng vậy. Khoản nợ cứ tăng mãi là trói buộc bằng nợ: nó được dựng lên để không bao giờ trả hết được. Biên lai và tin nhắn của bạn giúp đại sứ quán và các tổ chức tìm ra { $child } và những kẻ đứng sau.

## Endings

family-end-helped = Sáu tuần sau, đại sứ quán gọi điện. Phối hợp với tổ chức phi chính phủ và chính quyền, họ đã đưa { $child } và những người khác ra khỏi khu đó. Sau đó là nhiều tuần ở nơi tạm trú, các buổi phỏng vấn để xác định ai là nạn nhân buôn người, và giấy tờ đi lại mới, rồi { $child } mới về đến nhà, mệt nhưng an toàn. { $child } là nạn nhân, không phải tội phạm, và có quyền được đối xử như vậy; những cuộc gọi và ghi chép của bạn đã giúp ích. Kẻ tuyển người đôi khi liên lạc lại với người sống sót, nên hãy giữ sẵn số của đại sứ quán.
family-end-open = Hai tháng sau, có cuộc gọi từ một số lạ. Đó là { $child }, đang ở một nhà tạm lánh gần biên giới: nhân viên hỗ trợ đã chuyển một đầu mối liên lạc an toàn qua bạn, và một đêm { $child } cùng hai người khác đã trốn ra và tìm đến được đó. Số tiền bạn trả đã mất, và còn phải lo giấy tờ trước khi về nhà. Nhưng { $child } đã ra được, và bạn không đơn độc với chuyện này.
family-end-scammed = Bạn đã trả, rồi lại trả, và mỗi lần trả lại có một lần đòi mới. Đó là kế hoạch của bọn tội phạm: "khoản nợ" không bao giờ hết, và đó không phải lỗi của bạn. Vẫn chưa quá muộn: hãy ngừng trả tiền, giữ lại mọi biên lai và tin nhắn, và tìm đến đại sứ quán, đường dây nóng quốc gia và một tổ chức phi chính phủ đáng tin cậy. Vẫn có người thoát ra được, kể cả sau nhiều tháng.

## Đã kiểm tra, rồi sao nữa

family-character-agency = Cán bộ công ty dịch vụ có giấy phép
family-character-fixer = Ricky, "điều phối viên giải cứu"
family-agency-check-tell-neighbour = Quay lại gặp hàng xóm và kể những gì cơ quan đó nói
    .feedback = Cho ông ấy cơ hội giải thích là công bằng. Ông ấy phật ý: cơ quan đó "chậm chạp và tham nhũng", cháu ông ấy vẫn ổn. Tối đó { $child } nghe chuyện và giận bạn. Dù vậy, việc kiểm tra không làm mất gì mà một công việc thật sẽ mất.
family-talk-let-go = Đó là cuộc đời của { $child }. Thống nhất mỗi ngày một tin nhắn, và giữ một bản sao hộ chiếu
    .feedback = Tôn trọng quyết định của đứa con đã lớn là công bằng, và tin nhắn mỗi ngày cùng bản sao hộ chiếu sẽ giúp ích nếu có chuyện. Nhưng bản thân công việc vẫn là thứ không ai kiểm tra được.

family-licensed-job = Một công ty có giấy phép trong danh sách của nhà nước có việc ở một khách sạn tại Doha: buồng phòng, tên khách sạn rõ ràng, hợp đồng đọc được trước khi ký, thị thực lao động.
    .discuss = Việc này lương thấp hơn, mất phí và phải chờ nhiều tháng. Vì sao một gia đình vẫn có thể chọn nó?
family-licensed-fee = Lương khoảng hai phần ba mức hàng xóm hứa. Có khoản phí ${ $fee } cho khám sức khỏe và giấy tờ, do nhà nước quy định, có biên lai chính thức.
family-licensed-wait = Giấy tờ mất ba tháng. { $child } thở dài: "Việc của bác hàng xóm đi vào thứ Sáu rồi."
family-licensed-pay-fee = Nộp phí có biên lai, và chờ ba tháng
    .feedback = Không phải khoản phí nào cũng là dấu hiệu xấu: công ty có giấy phép được thu khoản phí luật cho phép, có biên lai, cho giấy tờ thật. Việc này an toàn vì mọi phần đều kiểm tra được: khách sạn, hợp đồng, thị thực, giấy phép của công ty.
family-licensed-too-slow = Ba tháng lâu quá. Cứ để { $child } nhận việc của hàng xóm
    .feedback = Chờ đợi và khoản phí là cái giá thật, và lời mời kia đi vào thứ Sáu: chính sự gấp gáp đó là thứ các lời mời giả dựa vào. Việc của hàng xóm không hề dễ kiểm tra hơn.
family-licensed-work-here = Bảo { $child } tạm tìm việc ở nhà, và giữ lại tiền phí
    .feedback = Tiết kiệm tiền phí và muốn { $child } ở gần là điều dễ hiểu. Nhưng { $child } cũng mất một công việc thật, và cơ hội giúp gia đình như con mong muốn.

family-end-genuine = Ba tháng sau { $child } bay sang Doha với thị thực lao động, hợp đồng đã ký và số điện thoại của công ty trong máy. Tháng lương đầu đến đúng hạn, ít hơn lời hàng xóm hứa, nhưng là thật. Bạn đã kiểm tra, và lần này lời mời là thật: kiểm tra không có nghĩa là từ chối mọi thứ.

## Con đường cẩn thận mà vẫn kết thúc không may

family-move-call-embassy-now = Gọi đại sứ quán ngay tối nay và kể hết những gì { $child } vừa viết
    .feedback = Hành động sớm là đúng. Công việc đã chuyển sang nước khác và vượt biên không qua cửa khẩu: hai dấu hiệu mạnh. Giờ đại sứ quán đã có hồ sơ, địa điểm và ngày tháng.
family-embassy-early-file = Đại sứ quán, cán bộ trực đây. Cảm ơn bạn đã gọi sớm: chúng tôi đã mở hồ sơ cho { $child }.
family-embassy-early-far = { $place } ở xa chúng tôi, bên kia biên giới, và chính quyền ở đó hành động chậm nếu chỉ có một cái tên và một thị trấn. Chúng tôi sẽ làm việc với các đối tác. Xin giữ lại mọi tin nhắn.
family-embassy-early-wait = Nếu { $child } viết tiếp, hãy hỏi tên tòa nhà, một điểm mốc, bất cứ gì chúng tôi có thể chuyển cho đối tác.
family-moved = { $child } viết thêm hai lần, ngắn và dè dặt, và bạn chuyển tiếp từng chữ. Rồi tin nhắn dừng hẳn. Năm tuần sau đại sứ quán gọi: khi đối tác của họ đến tòa nhà ở { $place }, công ty đã chuyển người lao động đi nơi khác từ tuần trước. Chưa ai biết đi đâu.
family-end-moved = Bạn đã làm mọi điều một người cha mẹ cẩn thận có thể làm: nhận ra dấu hiệu sớm, gọi đại sứ quán trước tiên và không gửi tiền. Công ty vẫn chuyển người đi, như những công ty này thường làm, và không phải vì cuộc gọi của bạn. { $child } vẫn bị giữ. Hồ sơ vẫn mở: đại sứ quán, tổ chức hỗ trợ và đường dây nóng quốc gia vẫn tìm kiếm, và đã có gia đình tìm lại con sau nhiều tháng, thường nhờ những ghi chép như của bạn. Hãy giữ mọi tin nhắn, và luôn bật điện thoại.

## Nhờ giúp trên mạng

family-ransom-post-online = Đăng ảnh { $child } và câu chuyện lên Facebook: thế nào cũng có người quen ở đó
    .feedback = Tìm sự giúp đỡ khi thấy cô độc là điều tự nhiên. Nhưng một bài đăng công khai có thể đến tai bọn cầm đầu, và được đọc bởi những kẻ kiếm tiền từ các gia đình đang tuyệt vọng.
family-fixer-saw = Tôi thấy bài đăng của anh chị. Tôi rất tiếc. Tôi đã giúp nhiều gia đình như anh chị rồi.
    .discuss = Ricky nghe tử tế và biết nơi đó. Bạn muốn biết gì về anh ta trước khi tin?
family-fixer-contacts = Tôi có người quen bên trong { $place }. Tháng trước tôi đưa được mười một người ra. Xem này (ảnh một nhóm người tươi cười ở trạm xe buýt).
family-fixer-fee = Tiền cho tài xế và bảo vệ, hôm nay tôi cần ${ $fee }. Ba ngày sau { $child } ra ngoài. Đừng báo đại sứ quán, họ chậm lắm và bọn cầm đầu sẽ biết.
family-fixer-pay-fixer = Trả cho anh ta. Đại sứ quán chưa làm được gì cho bạn cả
    .feedback = Sau một bài đăng như của bạn, những "người giải cứu" giả nhắn tin chỉ trong vài giờ, kèm ảnh và giọng nói dịu dàng. Họ đòi tiền trước và bảo giấu đại sứ quán; rồi biến mất.
family-fixer-ask-embassy = Hỏi đại sứ quán về anh ta trước khi gửi bất cứ thứ gì
    .feedback = Tốt: giải cứu thật làm việc cùng đại sứ quán và không cần giấu đại sứ quán. Khi bạn nhắc đến đại sứ quán, Ricky không trả lời nữa.
family-fixer-pay-ransom = Có khi anh ta nói dối. Thà trả cho công ty, để { $child } không bị bán
    .feedback = Cả hai yêu cầu đều đánh vào cùng một nỗi sợ. Trả tiền cho công ty không đảm bảo được thả, và các gia đình thường gặp yêu cầu mới sau khi trả.
family-end-fixer = Ricky lấy ${ $fee } rồi im lặng. Bạn không hề dại dột: anh ta nhắn cho bạn vì bài đăng cho thấy một gia đình đang đau đớn, và đó chính là thứ những kẻ như vậy tìm kiếm. Công ty vẫn giữ { $child }. Chưa muộn: mang tin nhắn của anh ta và biên lai chuyển tiền đến đại sứ quán và đường dây nóng quốc gia, đừng nói gì thêm công khai, và để tổ chức làm việc với đại sứ quán hướng dẫn bạn.

family-ngo-ask-elders = Nhờ các bậc cao niên trong cộng đồng nói chuyện với gia đình hàng xóm
    .feedback = Cộng đồng của bạn gánh vác được nhiều, và các bậc cao niên có thể biết người cháu kia làm cho ai. Nhưng một cuộc nói chuyện kín đáo vẫn có thể đến tai bọn cầm đầu. Hãy kể cho nhân viên hỗ trợ điều bạn biết, và để họ quyết định cách dùng.
family-more-demands-ask-voice = Đòi nghe giọng { $child } trước, rồi mới trả
    .feedback = Nghe được giọng { $child } thật nhẹ lòng, nhưng nó chỉ chứng minh { $child } còn sống và vẫn bị giữ. "Khoản nợ" được dựng lên để tăng mãi; một tin nhắn thoại không thay đổi điều đó.

family-redflag-upfront-fee = Trả tiền cho người lạ để giải cứu
    .explain = Khi người thân bị giữ, bất kỳ ai nói có thể đưa họ ra đều giống như hy vọng. Những "người giải cứu" giả đọc bài đăng của các gia đình và đòi tiền trước, thường bảo giấu đại sứ quán.
    .advice = Đừng trả tiền cho ai đề nghị giải cứu có thu phí. Sự giúp đỡ thật làm việc cùng đại sứ quán và không bao giờ bảo bạn giấu đại sứ quán: hãy hỏi đại sứ quán hoặc đường dây nóng quốc gia về bất kỳ ai liên lạc với bạn.
