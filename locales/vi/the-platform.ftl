# Machine-drafted translation: needs review by a native speaker.
the-platform-title = Sàn giao dịch
the-platform-summary = Bạn quen một người tử tế, thành đạt trên ứng dụng hẹn hò. Chẳng bao lâu, người ấy muốn chỉ cho bạn cách họ kiếm tiền.

## Characters

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = Chăm sóc khách hàng { $platform }
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }, đồng nghiệp của bạn

## Variables

the-platform-you-nurse-ohio = một y tá ở Columbus, Ohio
the-platform-you-clerk-bangkok = một nhân viên ngân hàng ở Bangkok
the-platform-you-engineer-munich = một kỹ sư ở Munich
the-platform-you-engineer-pune = một kỹ sư phần mềm ở Pune
the-platform-you-teacher-manila = một giáo viên ở Manila
the-platform-match-daniel = Daniel
the-platform-match-mei = Mei
the-platform-match-ryan = Ryan
the-platform-match-sofia = Sofia
the-platform-genuine-priya = Priya
the-platform-genuine-tom = Tom
the-platform-genuine-lukas = Lukas
the-platform-genuine-nok = Nok
the-platform-colleague-maria = Maria
the-platform-colleague-somchai = Somchai
the-platform-colleague-jonas = Jonas
the-platform-colleague-ravi = Ravi
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## The match

the-platform-start = Bạn là { $you }. Công việc bận rộn, ít thời gian gặp gỡ ai, nên bạn thử dùng một ứng dụng hẹn hò. Một buổi tối, bạn được ghép đôi với { $match }: nụ cười ấm áp, công việc tốt, ảnh từ những chuyến du lịch đẹp. Hồ sơ ghi: "Tìm một mối quan hệ thật lòng."
    .discuss = Điều gì khiến một hồ sơ hẹn hò có vẻ đáng tin? Kẻ lừa đảo có thể sao chép những điều nào trong số đó?

the-platform-first-chat-hello = Chào bạn! Mình thường không nhắn trước đâu. Nhưng nụ cười của bạn làm mình vui cả ngày.
    .discuss = Nhiều người thật cũng chuyển sang WhatsApp. Sau khi chuyển như vậy, bạn sẽ để ý những điều gì?
the-platform-first-chat-kind = Trông bạn là người tốt bụng. Thời buổi này người tốt hiếm lắm.
the-platform-first-chat-move = Mình hầu như không dùng ứng dụng này, toàn hồ sơ giả. Mình nói chuyện qua WhatsApp được không? Số của mình đây.
the-platform-first-chat-give-number = Nhắn tin đến số đó qua WhatsApp
    .feedback = Vội chuyển từ ứng dụng hẹn hò sang nhắn tin riêng thường là bước đầu tiên. Ở đó, ứng dụng không còn thấy cuộc trò chuyện và không thể xóa tài khoản. Nhiều người thật cũng đổi ứng dụng, nên hãy để ý điều gì đến tiếp theo.
the-platform-first-chat-stay = "Mình nói chuyện ở đây thêm một thời gian đã nhé."
    .feedback = Linh cảm tốt. Ở trên ứng dụng, các công cụ an toàn luôn ở gần. Và cách một người phản ứng với một câu "chưa đâu" nhỏ cho bạn biết rất nhiều.

the-platform-push = Tất nhiên rồi, không ép đâu! Chỉ là ứng dụng này cứ tự đăng xuất mình hoài. Mình không muốn mất liên lạc với bạn. Mình đợi bạn trên WhatsApp nhé?
the-platform-push-give-in = Thôi được. Nhắn cho người ấy qua WhatsApp.
    .feedback = "Không ép đâu", rồi lại đề nghị y như cũ, là cách bào mòn một lời từ chối. Nó hiệu quả vì từ chối hai lần có cảm giác bất lịch sự. Ứng dụng "cứ tự đăng xuất" là một cái cớ phổ biến.
the-platform-push-hold = "Mình ở lại trên ứng dụng là được rồi. Nói chuyện sau nhé!"
    .feedback = Bạn đã giữ nhịp độ của riêng mình. Người thật lòng quan tâm đến bạn có thể đợi vài ngày.

## The private chat

the-platform-love-bomb-morning = Chào buổi sáng, người thương. Cả đêm qua mình chỉ nghĩ về bạn.
    .discuss = Tin nhắn nào trong số này bạn thấy dễ chịu nhất khi nhận được? Vì sao kẻ lừa đảo lại gửi đúng tin nhắn đó?
the-platform-love-bomb-soulmate = Mình biết mới chỉ một tuần thôi. Nhưng mình cảm giác như đã quen bạn cả đời.
the-platform-love-bomb-future = Một ngày nào đó mình sẽ cùng nhau đi du lịch. Paris? Bali? Bạn chọn đi.
the-platform-love-bomb-busy = Xin lỗi, hôm nay mình không gọi được. Mình đang đi công tác mà sóng tệ lắm.
the-platform-love-bomb-ask-video = Đề nghị gọi video ngắn vào cuối tuần này
    .feedback = Một cuộc gọi video ngắn là phép thử công bằng, và kẻ lừa đảo thường né tránh. Nó có ích nhưng không phải bằng chứng: video có thể bị làm giả bằng công cụ ghép mặt. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.
the-platform-love-bomb-enjoy = Cứ tận hưởng. Được ai đó mong nhớ thì dễ chịu lắm.
    .feedback = Đây là "dội bom tình cảm" (love bombing): tình cảm mãnh liệt chỉ sau vài ngày, một tương lai chung, tin nhắn suốt cả ngày. Nó hiệu quả với bất kỳ ai, vì nó đáp ứng một nhu cầu có thật. Đi cùng việc vội chuyển sang WhatsApp, đây là màn mở đầu kinh điển.

the-platform-video-excuse-camera = Video á? Camera điện thoại mình hỏng rồi. Mình đang đợi điện thoại mới.
the-platform-video-excuse-shy = Mà nói thật, mình ngại lên hình lắm. Mình muốn lần đầu tiên mình gặp nhau là gặp trực tiếp.
the-platform-video-excuse-promise = Tháng sau mình sẽ đến thăm bạn, mình hứa. Bạn tin mình mà, đúng không?
the-platform-video-excuse-accept = Chấp nhận. Tháng sau cũng đâu có lâu.
    .feedback = Lúc nào cũng có cớ để không lộ mặt: camera hỏng, sóng yếu, ngại ngùng. Ảnh có thể là ảnh đánh cắp. Chuyến thăm "tháng sau" thường chẳng bao giờ đến.
the-platform-video-excuse-insist = "Gọi video năm phút, không thì mình thôi nhắn tin."
    .feedback = Bạn giữ vững một phép thử công bằng: nhiều kẻ lừa đảo tránh video vì khuôn mặt sẽ không khớp với ảnh. Có kẻ làm giả bằng công cụ ghép mặt, nên ngay cả cuộc gọi cũng không phải bằng chứng. Dù thế nào, đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng.

the-platform-pull-back-hurt = Trời. Sau tất cả những gì mình đã chia sẻ, bạn nghĩ mình nói dối sao?
the-platform-pull-back-guilt = Mình đã mở lòng với bạn. Mình cứ tưởng bạn khác mọi người.
the-platform-pull-back-stand-firm = Giữ thái độ nhẹ nhàng nhưng kiên quyết. Chặn số đó và báo cáo hồ sơ với ứng dụng hẹn hò.
    .feedback = Cảm giác có lỗi khiến một yêu cầu công bằng có vẻ tàn nhẫn. Bạn không làm gì sai khi muốn thấy mặt người mình đang nói chuyện. Báo cáo giúp ứng dụng gỡ bỏ một hồ sơ đang được dùng để lừa nhiều người.
the-platform-pull-back-apologise = Xin lỗi. Bạn không muốn làm người ấy tổn thương.
    .feedback = Khiến bạn thấy có lỗi vì một yêu cầu công bằng là cách để giành lại quyền kiểm soát. Nó hiệu quả vì người tử tế không muốn làm ai tổn thương. Để ý nhé: vẫn chưa có cuộc gọi video nào.

## The tip

the-platform-tip-thanks = Bạn làm mình hạnh phúc lắm. Mình kể bạn nghe một bí mật nhé?
the-platform-tip-secret = Chú mình là chuyên gia phân tích thị trường. Chú cho mình tín hiệu để giao dịch tiền ảo trên { $platform }.
the-platform-tip-profit = Tháng trước mình lời 30%. Mình muốn bạn cũng có cuộc sống tốt đẹp.
the-platform-tip-small = Bắt đầu nhỏ thôi, chỉ ${ $deposit }. Mình sẽ hướng dẫn bạn từng bước. Link tải ứng dụng đây.
the-platform-tip-try-small = Cài ứng dụng từ đường link và nạp ${ $deposit }
    .feedback = Lời mách nước về tiền ảo từ một người chỉ quen trên mạng là cốt lõi của trò lừa đảo này. Ứng dụng mà người quen trên mạng chỉ cho bạn là do kẻ lừa đảo điều hành, dù nó đến từ đường link hay từ kho ứng dụng chính thức: ứng dụng giao dịch giả đã được phát hiện ở cả hai nơi. Mọi con số trên đó đều có thể bịa ra.
the-platform-tip-check-first = Nói rằng bạn sẽ kiểm tra { $platform } trước. Tra tên sàn và tìm đến cơ quan quản lý tài chính của nước bạn.
    .feedback = Tốt. Một công ty giao dịch thật phải được cấp phép, và bạn có thể tự tìm thấy họ trong danh sách của cơ quan quản lý. Lời mách nước "chắc ăn" từ một người yêu mới quen là kiểu lừa quen thuộc, dù người đó có vẻ tử tế đến đâu.

the-platform-check = Bạn tìm kiếm. { $platform } có trang web bóng bẩy, nhưng mới lập cách đây năm tuần. Nó không có trong danh sách của cơ quan quản lý. Một bài trên diễn đàn viết: "Họ cho tôi rút tiền một lần, rồi đòi nộp thuế." Và cái tên nghe quen quen: tuần trước { $colleague } ở chỗ làm có nhắc đến { $platform }.
    .discuss = Ở nước bạn, bạn sẽ kiểm tra một sàn giao dịch ở đâu?
the-platform-check-stop-report = Dừng ở đây. Chặn { $match } và báo cáo hồ sơ cùng trang web.
    .feedback = Bạn đã dừng lại trước khi có đồng tiền nào bị chuyển đi. Báo cáo hồ sơ và trang web giúp ngăn người tiếp theo bị lừa.
the-platform-check-warn-colleague = Mai nói chuyện với { $colleague } ở chỗ làm
    .feedback = Chia sẻ những gì bạn tìm được có thể bảo vệ người khác. Nhiều nạn nhân không bao giờ nghe được lời cảnh báo cho đến khi quá muộn.
the-platform-check-try-anyway = { $match } gửi ảnh chụp màn hình những khoản lời lớn. Cứ thử với một số tiền nhỏ.
    .feedback = Ảnh chụp màn hình rất dễ làm giả, và số tiền nhỏ chính là cách mọi chuyện bắt đầu. Kế hoạch là cho bạn thấy tiền lời, rồi đòi nhiều hơn nữa.

## The early profit

the-platform-profit-balance = Chào mừng quay lại! Tài khoản của bạn đã tăng 42% trong tuần này.
the-platform-profit-withdraw = Rút thử $50: đã hoàn tất. Hãy kiểm tra tài khoản ngân hàng của bạn!

the-platform-event-see = Thấy chưa? Mình đã bảo là thật mà.
    .discuss = Lần rút tiền thật sự đã thành công. Vì sao kẻ lừa đảo lại để bạn rút tiền ra?
the-platform-event-chance = Tin lớn đây: sự kiện VIP trong 48 giờ. Nạp ${ $big } và nhận thưởng 30%. Mình cũng đang nạp phần của mình.
the-platform-event-secret = Đừng nói với gia đình vội. Họ sẽ không hiểu đâu. Chuyện này là vì tương lai của hai đứa mình.
the-platform-event-deposit-big = Chuyển ${ $big } từ tiền tiết kiệm. Dù sao lần rút tiền cũng thành công rồi.
    .feedback = Lần rút tiền nhỏ là mồi nhử. Kẻ lừa đảo tốn rất ít mà mua được lòng tin của bạn cho một khoản nạp lớn hơn nhiều. Hạn chót và câu "đừng nói với gia đình" là để bạn không kịp kiểm tra.
the-platform-event-ask-someone = Khoan. Bàn với một người bạn tin tưởng trước khi động đến tiền tiết kiệm.
    .feedback = Tốt. Hạn chót và bí mật có mặt chính là để ngăn bạn làm điều này. Một cơ hội thật không biến mất chỉ vì bạn dành một ngày để hỏi ý kiến.

## The blocked withdrawal

the-platform-blocked-request = Yêu cầu rút tiền: toàn bộ số dư. Trạng thái: ĐANG TẠM GIỮ.
the-platform-blocked-tax = Tiền lời của bạn phải được tính thuế trước khi giải ngân. Hãy nộp khoản thuế ${ $fee } từ nguồn tiền bên ngoài để được rút tiền.
the-platform-blocked-deadline = Hãy nộp trong vòng 72 giờ, nếu không tài khoản của bạn sẽ bị đóng băng vì lý do bảo mật.
the-platform-blocked-pay-fee = Nộp ${ $fee }. Nhiều thật, nhưng ít hơn nhiều so với số dư.
    .feedback = Thuế thật thì nộp cho cơ quan thuế. Không ai nộp thuế cho sàn để mở khóa tiền của chính mình. Số dư chỉ là những con số trên màn hình do kẻ lừa đảo kiểm soát, và sau mỗi khoản phí lại có khoản khác.
the-platform-blocked-refuse = Từ chối. Yêu cầu họ trừ thuế vào số dư, hoặc trả lại số tiền bạn đã nạp.
    .feedback = Đúng vậy. Nếu tiền thật sự có ở đó, khoản phí nào cũng có thể trừ vào. Phải nộp tiền mới thì mới rút được tiền của chính mình là dấu hiệu cho thấy chẳng có gì để rút cả.

the-platform-more-fees-received = Đã nhận tiền thuế, xin cảm ơn.
the-platform-more-fees-flagged = Tài khoản của bạn hiện đang bị kiểm tra chống rửa tiền. Cần một khoản tiền gửi xác minh ${ $fee }. Khoản này được hoàn lại toàn bộ.
the-platform-more-fees-urgent = Đây là thủ tục thông thường. Hầu hết khách hàng đều nộp ngay trong ngày.
the-platform-more-fees-pay-again = Nộp tiếp. Dừng bây giờ là mất hết.
    .feedback = Chính cảm giác này là cái bẫy: bỏ vào càng nhiều thì càng khó dừng. Lúc nào cũng sẽ có thêm một khoản phí nữa, vì chẳng có gì để giải ngân cả.
the-platform-more-fees-stop = Ngừng nộp tiền. Lưu lại mọi tin nhắn, ảnh chụp màn hình và biên lai.
    .feedback = Dừng lại sau khi đã trả tiền là rất khó, và đó là quyết định đúng. Mỗi khoản phí mới chỉ là cách để lấy thêm tiền. Bằng chứng của bạn sẽ giúp ngân hàng và cảnh sát.

the-platform-stopped = Khi bạn ngừng trả tiền, { $match } ngọt ngào, rồi lạnh nhạt, rồi giận dữ. Rồi số điện thoại biến mất và trang web không vào được nữa. Bạn thấy buồn nôn và xấu hổ. Nhưng chuyện này là do người khác gây ra cho bạn, một băng nhóm ngày nào cũng làm vậy với nhiều người.
    .discuss = Vì sao nhiều người không bao giờ kể với ai sau một vụ lừa đảo như thế này?
the-platform-stopped-report = Gọi đường dây chống gian lận của ngân hàng và trình báo với cơ quan phòng chống tội phạm mạng quốc gia
    .feedback = Hành động nhanh rất quan trọng. Ngân hàng có thể chặn được khoản thanh toán chưa đi, và các trình báo giúp cảnh sát liên kết các vụ việc. Hãy giữ lại ảnh chụp màn hình, địa chỉ ví và biên lai.
the-platform-stopped-tell-colleague = Kể với { $colleague } ở chỗ làm. Tuần trước họ có nhắc đến một ứng dụng tiền ảo.
    .feedback = Kể với ai đó cần can đảm. Nó cũng phá vỡ sự im lặng mà kẻ lừa đảo trông vào.

## The colleague

the-platform-colleague-phone = Xem này, mình cũng đang dùng { $platform }! Một người bạn quen trên mạng chỉ cho mình.
the-platform-colleague-gains = Mình lời 40% trong một tháng. Tối nay có sự kiện VIP. Mình định bỏ hết tiền tiết kiệm vào.
the-platform-colleague-compare-notes = So sánh câu chuyện của hai người: vội chuyển sang ứng dụng riêng, không gọi video, lời mách nước "chắc ăn", một lần rút tiền nhỏ thành công.
    .feedback = Cùng một kịch bản hai lần thì không phải may rủi, đó là một phương pháp. Hai "người bạn" quen trên mạng, cả hai đều có lời mách nước chắc ăn và khoản lời ban đầu: tiền lời là mồi nhử. Nghe từng bước đặt cạnh nhau thường là điều khiến người ta dừng lại.
the-platform-colleague-show-warning = Cho { $colleague } xem những gì bạn tìm được: trang web mới lập, không có giấy phép, bài đăng trên diễn đàn.
    .feedback = Sự thật, chứ không chỉ là cảm giác, giúp người khác chịu lắng nghe. Dừng lại trước khoản nạp lớn dễ hơn nhiều so với sau đó.
the-platform-colleague-join-in = Cả hai đều kiếm được tiền thì chắc là thật. Tham gia sự kiện VIP.
    .feedback = Hai người cùng thấy tiền lời trên một ứng dụng không làm nó thành thật. Ứng dụng hiện bất kỳ con số nào kẻ lừa đảo muốn, cho tất cả mọi người.
the-platform-colleague-stay-quiet = Không nói gì. Bạn thấy quá xấu hổ.
    .feedback = Sự xấu hổ khiến nhiều người im lặng, và kẻ lừa đảo trông vào điều đó. Chuyện xảy ra với bạn không phải lỗi của bạn, và câu chuyện của bạn có thể cứu được người khác.

## The genuine match

the-platform-other-match = { $match } không bao giờ nhắn lại nữa, nên bạn báo cáo hồ sơ đó. Một tuần sau, bạn được ghép đôi với { $genuine }, người hỏi bạn thích món ăn đường phố nào và làm bạn bật cười. Hai người nhắn tin trên ứng dụng vài ngày. Rồi: "Bạn có muốn gọi video nhanh trước khi gặp không? Mình cũng thấy yên tâm hơn."
the-platform-other-match-video-call = Đồng ý gọi video ngắn
    .feedback = Gọi video sớm là dấu hiệu tốt: người đó khớp với ảnh và không có gì phải giấu. Nó không chứng minh được mọi thứ, vì video có thể bị làm giả; điều người này không bao giờ làm là đòi tiền hay mách nước đầu tư cho bạn.
the-platform-other-match-unmatch-all = Hủy ghép đôi. Sau { $match }, ai trên mạng cũng có vẻ giả.
    .feedback = Điều đó dễ hiểu. Nhưng người này đã làm mọi thứ đúng: ở lại trên ứng dụng, đi chậm, chủ động đề nghị gọi video. Biết các dấu hiệu giúp bạn phân biệt được người với người, thay vì từ bỏ tất cả.

the-platform-video-date-hi = Chào! Xin lỗi nhé, đèn bếp nhà mình tệ quá. Bạn có thấy rõ mình không?
    .discuss = { $genuine } đề nghị trao đổi số điện thoại, nhưng chỉ sau khi đã gặp nhau. Còn điều gì khác với { $match }?
the-platform-video-date-plan = Vậy... thứ Bảy đi cà phê nhé? Có một quán đông người gần nhà ga. Bạn báo cho một người bạn biết bạn sẽ ở đâu nhé. Mình cũng sẽ làm vậy.
the-platform-video-date-swap = Và nếu mọi chuyện suôn sẻ, sau đó mình có thể trao đổi số điện thoại.
the-platform-video-date-meet = Đồng ý đi cà phê, và báo cho một người bạn biết bạn sẽ ở đâu
    .feedback = Một nơi công cộng đông người, và một người bạn biết bạn đang ở đâu: một buổi hẹn đầu an toàn. Và hãy để ý điều chưa từng được nhắc đến: tiền, tiền ảo hay bí mật.
the-platform-video-date-wait-longer = Nói rằng bạn muốn nhắn tin thêm một thời gian nữa
    .feedback = Đi theo nhịp độ của riêng bạn là hoàn toàn ổn. Một người chân thành sẽ chấp nhận điều đó mà không làm bạn thấy có lỗi hay bị ép.

## Endings

the-platform-end-safe = Bạn đã dừng lại trước khi có đồng tiền nào bị chuyển đi, và ứng dụng hẹn hò đã gỡ bỏ hồ sơ bạn báo cáo. Những tấm ảnh và lời ngọt ngào đó có lẽ được gửi cho rất nhiều người cùng lúc. Người gõ tin nhắn thường làm việc trong một khu lừa đảo, và một số người trong đó bị ép buộc.
the-platform-end-coffee = Khi đã sẵn sàng, bạn gặp { $genuine } ở một quán cà phê đông người. Hơi ngượng một chút và rất vui. Không ai nhắc đến tiền, tiền ảo hay bí mật. Dù chuyện gì đến tiếp theo, một mối quan hệ thật trông như thế này: chậm rãi, cởi mở và vui vẻ khi được nhìn thấy.
the-platform-end-scammed = { $match }, { $platform } và bộ phận "chăm sóc khách hàng" của nó đều là một trò lừa đảo, do tội phạm có tổ chức điều hành. Số tiền bạn đã nạp đã mất. Đó không phải lỗi của bạn. Hãy trình báo với ngân hàng và cơ quan phòng chống tội phạm mạng quốc gia, và giữ lại mọi tin nhắn, biên lai và địa chỉ ví. Hãy cảnh giác với bất kỳ ai đề nghị lấy lại tiền để lấy phí.
the-platform-end-helped = { $colleague } dừng lại trước sự kiện VIP. Hai người cùng báo cáo { $platform } và các hồ sơ với ứng dụng hẹn hò, ngân hàng và cơ quan phòng chống tội phạm mạng quốc gia, và giữ lại ảnh chụp màn hình làm bằng chứng. Một cuộc nói chuyện thật lòng vào đúng lúc đã cứu được rất nhiều tiền và rất nhiều đau khổ.
