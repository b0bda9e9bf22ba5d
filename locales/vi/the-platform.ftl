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

the-platform-check-stop-report = Kiểm tra thì ổn, nhưng mách nước từ người quen trên mạng vẫn là mách nước. Dừng lại, và báo cáo hồ sơ
    .feedback = Bạn để một nguyên tắc quyết định, chứ không phải một danh sách: không bỏ tiền theo mách nước của người quen qua mạng. Bạn không mất gì, và báo cáo giúp ứng dụng gỡ một hồ sơ đang được dùng với rất nhiều người.

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

## Những lựa chọn khó hơn

the-platform-character-firm = Dịch vụ khách hàng, công ty được cấp phép
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = Tìm ngược ảnh của họ trước. Nếu không thấy gì lạ, thì chuyển sang WhatsApp
    .feedback = Một phép kiểm tra hợp lý, và nó chẳng tìm thấy gì: ảnh có thể lấy từ một tài khoản riêng tư hoặc do AI tạo. Kết quả sạch không phải bằng chứng, và việc chuyển sang trò chuyện riêng vẫn là bước cần để ý.
the-platform-push-video-first = "Mình gọi video nhanh trên ứng dụng này trước nhé, rồi mình chuyển"
    .feedback = Một điều kiện hợp lý, và các công cụ an toàn của ứng dụng vẫn ở gần. Hãy xem câu trả lời thế nào.
the-platform-love-bomb-tell-friend = Kể với bạn thân về { $match }, kèm ảnh chụp màn hình hồ sơ
    .feedback = Kể cho ai đó là thói quen tốt: lừa đảo lớn lên trong bí mật. Bạn thân mừng cho bạn, và đến giờ chưa ai đòi gì ở bạn. Cứ tiếp tục kể cho họ nghe.
the-platform-video-excuse-voice-call = Xin gọi thoại thay vào đó, tối nay
    .feedback = Cuộc gọi thoại có vẻ là một bước thật, và cuộc này suôn sẻ. Nhưng giọng nói chứng minh được rất ít: rằng có người ở đó, chứ không phải họ là ai hay muốn gì.
the-platform-voice-warm = Tối đó { $match } gọi: giọng ấm, tiếng cười khẽ, mười phút trò chuyện dễ chịu.
the-platform-voice-noise = Sau giọng nói là tiếng rì rầm, như nhiều người đang nói chuyện trong một căn phòng lớn. "Xin lỗi, mình còn ở văn phòng, ở đây ai cũng làm muộn."
    .discuss = Một cuộc gọi thoại chứng minh được gì, và không chứng minh được gì?
the-platform-pull-back-wait-visit = Xin lỗi, và đợi chuyến thăm tháng sau rồi mới quyết định gì
    .feedback = Cho thêm thời gian nghe có vẻ công bằng. Nhưng chuyến thăm tháng sau cũng là một phần của câu chuyện, và trong lúc chờ, cuộc trò chuyện vẫn diễn ra mỗi ngày, theo cách của họ.
the-platform-tip-own-exchange = Mua tiền mã hóa trên sàn lớn bạn vẫn dùng, rồi gửi sang { $platform } như { $match } hướng dẫn
    .feedback = Sàn là thật, nên cảm thấy an toàn. Nhưng tiền rời sàn sang { $platform }, nơi { $match } chọn: kẻ lừa đảo thường cho người ta đi qua một sàn thật trước.

the-platform-check-register = Bạn tìm trên trang của cơ quan quản lý tài chính nước mình. { $platform } có ở đó: cùng tên, có số giấy phép, có địa chỉ văn phòng thật.
    .discuss = Nền tảng có trong danh sách của cơ quan quản lý. Bạn còn muốn biết gì trước khi tin?
the-platform-check-site = Trang web ghi cùng số giấy phép ở cuối trang, và chat trực tuyến trả lời trong vài giây.
the-platform-check-small-test = Có giấy phép. Chỉ nạp ${ $deposit }, số tiền mất cũng chịu được, và thử rút
    .feedback = Bắt đầu nhỏ sau một lần kiểm tra thật là cẩn thận, và nhiều người cẩn thận làm đúng như vậy. Hãy xem việc rút tiền diễn ra thế nào.
the-platform-check-call-register = Gọi công ty theo số điện thoại mà cơ quan quản lý công bố, và hỏi ứng dụng này có phải của họ không
    .feedback = Đây là phép kiểm tra hiệu quả: một số bạn tự tìm, không phải số trên trang web. Cái giá là một giờ nghỉ trưa chờ máy.

the-platform-clone-not-us = { $platform } là tên của chúng tôi, nhưng ứng dụng đó không phải của chúng tôi. Ứng dụng của chúng tôi chỉ có trên các cửa hàng chính thức, và chúng tôi không bao giờ liên hệ khách hàng qua ứng dụng hẹn hò.
the-platform-clone-clones = Ai đó đã sao chép tên và số giấy phép của chúng tôi sang một trang giả. Chúng tôi đã báo cơ quan quản lý; bạn không phải người đầu tiên gọi trong tuần này.
the-platform-clone-real = Nếu muốn đầu tư với chúng tôi, bạn có thể mở tài khoản trên trang web của chính chúng tôi. Mất một tuần.
the-platform-clone-stop-report = Cảm ơn họ, chặn { $match }, và báo cáo hồ sơ cùng trang giả
    .feedback = Bạn dừng lại trước khi có đồng tiền nào dịch chuyển. Báo cáo trang giả giúp công ty và cơ quan quản lý cảnh báo người khác.
the-platform-clone-warn-colleague = Kể với { $colleague } ở chỗ làm: tuần trước họ nhắc đến { $platform }
    .feedback = Chia sẻ điều bạn tìm được có thể bảo vệ người khác. Nhiều nạn nhân không nghe được lời cảnh báo cho đến khi quá muộn.
the-platform-clone-open-real = Hỏi cách mở một tài khoản thật với họ, theo nhịp của bạn
    .feedback = Đầu tư không có gì sai, trên một nền tảng bạn tự tìm và tự kiểm tra. Hãy chuẩn bị rằng nó chậm hơn và kém hấp dẫn hơn lời mách nước.

the-platform-real-platform-slow = Đăng ký thật yêu cầu giấy tờ tùy thân, giấy tờ chứng minh địa chỉ và một bảng hỏi về khoản tiết kiệm của bạn. Mất sáu ngày.
the-platform-real-platform-risk = Trang nào cũng ghi rằng bạn có thể mất tiền. Không ai hứa lợi nhuận, và không ai gọi cho bạn về "sự kiện".
the-platform-real-platform-fees = Các khoản phí được liệt kê trong một bảng. Bạn có thể rút tiền bất cứ lúc nào, về tài khoản ngân hàng của chính bạn, không phải nộp thuế trước.
the-platform-real-platform-open-small = Mở tài khoản, và nạp một khoản nhỏ do bạn tự chọn
    .feedback = Một nền tảng thật trông như thế này: kiểm tra bạn, có cảnh báo, phí ghi rõ, rút về tài khoản của bạn. Không phải nền tảng giao dịch nào cũng là lừa đảo; đáng ngờ là nền tảng mà một người lạ đưa bạn đến.
the-platform-real-platform-ask-adviser = Hỏi chuyên viên tư vấn ở ngân hàng của bạn trước
    .feedback = Ý kiến thứ hai từ người không bán gì cho bạn tốn một buổi chiều, và đó là thói quen tốt.
the-platform-real-platform-not-now = Quyết định rằng lúc này đầu tư chưa dành cho bạn, và báo cáo hồ sơ cùng trang giả
    .feedback = Cũng là một lựa chọn hợp lý. Không ai bắt buộc phải đầu tư, và một công ty thật không đeo bám bạn.
the-platform-end-genuine = Tài khoản của bạn nhỏ, chậm và hơi nhàm: lên một chút, xuống một chút, và không ai giục bạn. Bạn tự kiểm tra công ty, trên danh sách của cơ quan quản lý và qua số điện thoại bạn tự tìm, và lần này nền tảng là thật. Kiểm tra không có nghĩa là từ chối mọi thứ. { $match } thôi nhắn tin từ hôm bạn nói đã tìm ra trang web thật của công ty.

the-platform-small-deposit = Bạn nạp ${ $deposit }. Số dư tăng mỗi ngày.
the-platform-small-test = Bạn thử rút $50. Sáng hôm sau tiền về tài khoản ngân hàng.
the-platform-small-hold = Bạn yêu cầu rút phần còn lại. Trạng thái: ON HOLD. "Phải nộp thuế khấu trừ theo quy định bằng 20% lợi nhuận, từ nguồn tiền bên ngoài, trước khi giải ngân." Email có logo của cơ quan quản lý và số giấy phép của công ty.
    .discuss = Bạn đã kiểm tra danh sách, và lần rút thử đã thành công. Điều gì sẽ khiến bạn nộp khoản này, và điều gì sẽ ngăn bạn lại?
the-platform-small-pay-tax = Trông chính thức, và bạn đã kiểm tra công ty. Nộp đi
    .feedback = Mọi thứ bạn kiểm tra đều thật: tên và giấy phép thuộc về một công ty thật. Trang web thì không. Thuế thật nộp cho cơ quan thuế, không bao giờ nộp cho nền tảng để lấy lại tiền của chính bạn.
the-platform-small-refuse = Từ chối. Yêu cầu trừ thuế vào số dư
    .feedback = Đúng. Nếu tiền thật sự ở đó, khoản phí nào cũng trừ được từ đó. Bị đòi tiền mới trước khi được rút tiền của mình là dấu hiệu chẳng có gì để rút.
the-platform-small-call-regulator = Gọi cơ quan quản lý theo số công bố, và hỏi về khoản thuế này
    .feedback = Cơ quan quản lý không có khoản thuế nào như vậy, và cho biết tên cùng giấy phép của { $platform } đang bị một trang giả sử dụng. ${ $deposit } của bạn đã mất, và đó không phải lỗi của bạn: bạn đã kiểm tra, và trò lừa này được dựng lên để qua được kiểm tra.

the-platform-event-withdraw-first = Rút hết trước, rồi mới quyết định
    .feedback = Một phép thử hợp lý: nếu tiền là thật, bạn rút được. Hãy xem điều gì xảy ra khi bạn thử.
the-platform-blocked-ask-match = Hỏi { $match }. Chắc họ từng rút rồi
    .feedback = { $match } nói chuyện này bình thường và đề nghị trả giúp một nửa tiền thuế "vì anh/em yêu em/anh". Giúp trả phí là một phần của kịch bản: khiến bạn thấy an toàn và khiến khoản phí sau khó từ chối hơn.
the-platform-more-fees-call-bank = Gọi ngân hàng trước khi gửi thêm bất cứ thứ gì
    .feedback = Đúng. Bộ phận chống gian lận của ngân hàng gặp chuyện này hằng tuần; họ có thể chặn được một khoản chuyển, và sẽ giúp bạn báo cáo. Mỗi khoản phí mới chỉ là cách lấy thêm.
the-platform-stopped-say-nothing = Không nói với ai. Xấu hổ quá
    .feedback = Sự xấu hổ khiến nhiều người im lặng, và kẻ lừa đảo trông vào đó. Đây không phải lỗi của bạn, và một báo cáo làm bây giờ vẫn có ích.

the-platform-recovery-know = Kính gửi quý khách, chúng tôi viết về khoản thiệt hại của quý khách trên { $platform }. Chúng tôi hiểu đây là quãng thời gian khó khăn.
the-platform-recovery-agency = Chúng tôi làm việc với cơ quan phòng chống tội phạm mạng quốc gia về vụ của quý khách. Luật sư của chúng tôi đã lần ra tiền của quý khách ở một ví có thể phong tỏa.
the-platform-recovery-fee = Để bắt đầu thủ tục giải ngân pháp lý, chúng tôi cần khoản phí 10%, trả bằng USDT. Phần lớn khách hàng lấy lại tiền trong 14 ngày.
    .discuss = Làm sao họ biết về khoản tiền bạn mất? Ai có thể biết bạn đã báo cáo?
the-platform-recovery-pay-recovery = Trả phí. Họ biết vụ của mình, chắc chắn họ làm việc với cơ quan đó
    .feedback = Kẻ lừa đảo giữ danh sách những người chúng đã lấy tiền và bán đi, nên một "công ty thu hồi" có thể biết mọi chi tiết. Công an và cơ quan quản lý thật không thu phí để điều tra, cũng không đòi tiền mã hóa.
the-platform-recovery-call-agency = Gọi cơ quan phòng chống tội phạm mạng theo số công bố và hỏi về công ty này
    .feedback = Cơ quan đó chưa từng nghe tên họ và không làm việc với các công ty thu hồi. Bạn đã kiểm tra theo cách hiệu quả: một số bạn tự tìm.
the-platform-recovery-ignore = Xóa đi. Không ai lấy lại được tiền bằng cách trả phí
    .feedback = Đúng: công an và cơ quan quản lý thật không thu phí để điều tra. Nếu được, hãy chuyển tiếp email này kèm báo cáo của bạn.
the-platform-end-recovery = "Công ty thu hồi" nhận phí, rồi đòi "thuế giải ngân", rồi im bặt. Vẫn là những kẻ đó, hoặc kẻ mua lại danh sách của chúng. Đây không phải lỗi của bạn: chúng quay lại vì bạn đã bị tổn thương. Hãy báo cả chuyện này cho ngân hàng và cơ quan phòng chống tội phạm mạng quốc gia, và đừng trả tiền cho bất kỳ ai hứa lấy lại tiền.
the-platform-end-reported = Bạn không trả thêm gì. Số tiền bạn đã nạp đã mất, thật đau lòng, và đó không phải lỗi của bạn: nền tảng, bộ phận hỗ trợ thân thiện và "công ty thu hồi" đều được dựng lên để qua được những kiểm tra của người cẩn thận. Ngân hàng và cơ quan phòng chống tội phạm mạng quốc gia đã có báo cáo của bạn, với mọi cuộc trò chuyện và địa chỉ ví. Người gõ phím dưới tên { $match } có thể là người bị ép làm việc này trong một khu lừa đảo.

the-platform-other-match-ask-questions = Hỏi { $genuine } vài câu trước: công việc, bạn bè, sống ở đâu
    .feedback = Những câu hỏi hợp lý, và { $genuine } trả lời dễ dàng, với những chi tiết bạn có thể kiểm tra. Người thật không phiền khi được hỏi.
the-platform-video-date-look-up = Tìm hiểu về { $genuine } trước: một hồ sơ công việc, một người bạn chung
    .feedback = Tìm nhanh mất mười phút, và ra một hồ sơ công việc cùng một người bạn của bạn. Kiểm tra ai đó không phải là xúc phạm; người thật có cuộc sống nhìn thấy được.
the-platform-redflag-polish-not-proof = Số giấy phép thật không phải bằng chứng
    .explain = Một trang giao dịch bóng bẩy, một số giấy phép có trên danh bạ của cơ quan quản lý, một "bộ phận hỗ trợ" thân thiện: mọi thứ trông chính thức. Kẻ lừa đảo sao chép tên và số giấy phép của những công ty thật được cấp phép và dựng trang giả, nên cả người cẩn thận đã kiểm tra cũng bị lừa.
    .advice = Kiểm tra qua thông tin liên lạc bạn tự tìm, không qua đường link hay số điện thoại người ta gửi: gọi công ty theo số trên danh bạ của cơ quan quản lý, hoặc hỏi ngân hàng. Và nhớ quy tắc luôn đúng: không đưa tiền theo lời mách nước của người chỉ quen trên mạng.
