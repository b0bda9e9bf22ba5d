# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), a short name for it (.title), where it appears
# (.source), and why it is genuine or which warning signs it shows (.explain). See locales/en/quiz.ftl.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd ở Auckland, New Zealand, cần 3 thợ điện có đăng ký, kinh nghiệm 3 năm trở lên ở công trình thương mại 🔌 NZ$36-42 một giờ, 40 giờ một tuần. Chúng tôi là chủ lao động được công nhận, nên chúng tôi hỗ trợ thị thực lao động của bạn. Phỏng vấn qua video với quản lý công trường; bạn tự đặt vé máy bay. Hạn nộp hồ sơ: thứ Sáu này.
    .title = Thợ điện cho Auckland
    .source = Quảng cáo trên trang việc làm
    .explain = Lương cao, nhưng bình thường với nghề có tay nghề ở New Zealand, và công việc đòi hỏi kinh nghiệm. Có tên chủ lao động, có phỏng vấn thật và thị thực lao động, và không hứa lo hết mọi thứ.

quiz-ad-factory-taiwan = 📢 Đang tuyển: 40 công nhân vận hành máy cho một nhà máy điện tử ở Đào Viên, Đài Loan. Lương cơ bản NT$29.500 một tháng (lương tối thiểu của Đài Loan) cộng tăng ca có trả tiền, hợp đồng 3 năm, giấy phép lao động do chủ lao động lo. Nam và nữ 20-38 tuổi. Phỏng vấn trực tiếp thứ Bảy này, 9 giờ sáng-3 giờ chiều, tại văn phòng công ty chúng tôi: Unit 5, Garden Plaza, Station Road.
    .title = Làm nhà máy ở Đài Loan
    .source = Bài đăng Facebook của một công ty môi giới
    .explain = Việc nhà máy với mức lương tối thiểu hợp pháp của Đài Loan năm 2026, thời hạn hợp đồng thông thường ở đó, giấy phép lao động, và một văn phòng bạn có thể đến. Nhiều công ty thật đăng tin trên Facebook; điều quan trọng là có tên công ty mà bạn có thể đến tận nơi và kiểm tra.

quiz-ad-hotel-dubai = Cần tuyển nhân viên buồng phòng cho khách sạn Al Noor Creek, Dubai ✨ AED 1.600 một tháng, cộng chỗ ở chung cho nhân viên, bữa ăn, đưa đón và bảo hiểm y tế. Theo luật UAE, khách sạn trả thị thực, vé máy bay và chi phí tuyển dụng của bạn. Hợp đồng 2 năm, gửi đầy đủ cho bạn trước khi ký. Phỏng vấn trực tuyến với phòng nhân sự khách sạn ngày 10-14 tháng 3.
    .title = Buồng phòng khách sạn ở Dubai
    .source = Bài đăng Instagram của một công ty tuyển dụng
    .explain = Được trả vé và chỗ ở có thể là thật: luật UAE buộc chủ lao động chịu chi phí tuyển dụng, và mức lương bình thường với công việc này. Có tên khách sạn, công việc rõ ràng, có phỏng vấn thật và toàn bộ hợp đồng đến trước.

quiz-ad-cousin-dubai = Này, sếp của bạn anh ở Dubai cần 4 người làm hỗ trợ IT khách sạn, không cần kinh nghiệm, họ lo hết 🙏 Anh biết ông ấy, đáng tin lắm, bạn anh làm ở đó được một năm rồi. Lương tốt, hơn gấp đôi ở nhà mình. Anh đưa số em cho ông ấy nhé? Ông ấy cần danh sách trước thứ Sáu.
    .title = Mối Dubai của anh họ
    .source = Tin nhắn của anh họ bạn
    .explain = Lời mời từ người mình tin thấy an toàn, và anh họ bạn có thể cũng tin vào nó. Nhưng một việc "IT khách sạn" mơ hồ, không cần kinh nghiệm, được lo hết và không có tên chủ lao động cho thấy cùng những dấu hiệu cảnh báo, dù ai chuyển lời.

quiz-ad-marketing-tiktok = Chúng tôi đang phát triển! Gia nhập đội ngũ quốc tế của chúng tôi ở Bangkok với vị trí Digital Marketing Executive 🌏 40.000 baht một tháng cộng thưởng hiệu suất, đào tạo đầy đủ, cần tiếng Anh, không cần kinh nghiệm. Hỗ trợ thị thực và căn hộ ở chung gần văn phòng. Phỏng vấn bắt đầu tuần sau; gửi CV qua đường link trong bio của chúng tôi.
    .title = Đội marketing ở Bangkok
    .source = Quảng cáo tuyển dụng trên TikTok
    .explain = Trông chuyên nghiệp, nhưng không có tên công ty, không có địa chỉ và không có mô tả công việc thật, chỉ là "digital marketing" cho bất kỳ ai. Quảng cáo kiểu này trên mạng xã hội là đường vào phổ biến của các khu lừa đảo.

quiz-ad-support-cambodia = Cần nhân viên chăm sóc khách hàng (chat tiếng Anh) tại Sihanoukville, Campuchia. USD 1.300 một tháng, có đào tạo, không cần kinh nghiệm, tiếng Anh cơ bản là đủ. Công ty chịu vé máy bay, thị thực, chỗ ở và bữa ăn. Phỏng vấn qua Telegram tuần này: gửi CV và một ảnh gần đây, bộ phận nhân sự sẽ trả lời.
    .title = Hỗ trợ qua chat ở Campuchia
    .source = Bài đăng tuyển dụng trên Facebook
    .explain = Lương cao hơn hẳn mức địa phương cho việc không cần kinh nghiệm, được lo hết, và "phỏng vấn" qua chat. Không có tên hay địa chỉ công ty để tra cứu. Sihanoukville là một trong những nơi các khu lừa đảo giam giữ người lao động.

quiz-ph-ad-household-riyadh = 🇵🇭 Tuyển lao động giúp việc gia đình cho các gia đình ở Riyadh. SAR 1.500 một tháng, phòng riêng, bữa ăn, một ngày nghỉ mỗi tuần, hợp đồng 2 năm. Không thu phí tuyển dụng, đúng quy định cho lao động giúp việc. Nộp hồ sơ tại văn phòng: 3/F Lanuza Building, Ermita, Manila. Mang hộ chiếu để photo; khám sức khỏe và PDOS sau đó.
    .title = Giúp việc gia đình ở Riyadh
    .source = Bài đăng Facebook của một công ty có giấy phép
    .explain = SAR 1.500 là mức lương tối thiểu Philippines đặt cho lao động giúp việc ở Ả Rập Xê Út, và không được thu phí tuyển dụng của họ. Có văn phòng bạn có thể đến và các bước mọi người lao động đều trải qua (khám sức khỏe, PDOS).

quiz-ph-ad-boutique-dubai = Tìm nhân viên bán hàng cho một cửa hàng thời trang trong trung tâm thương mại ở Dubai 🛍️ AED 4.500 một tháng cộng hoa hồng. Tuyển trực tiếp: không qua công ty, không chờ thủ tục lâu. Bạn bay bằng thị thực thăm thân trong 2 tuần và chủ lao động sẽ đổi sang thị thực lao động ở đó. Số lượng có hạn; nhắn chị Joy để nhận danh sách giấy tờ.
    .title = Bán hàng ở Dubai
    .source = Bài đăng tuyển dụng trên Facebook
    .explain = "Tuyển trực tiếp" không qua công ty, và đi bằng thị thực thăm thân rồi đổi sau, là bỏ qua mọi bước bảo vệ người lao động rời Philippines. Không có thị thực lao động và hợp đồng được xác nhận, bạn không có tư cách pháp lý ở đó.

## Recruiter messages

quiz-rec-careworker-japan = Xin chào, tôi là Lan từ Sakura Bridge Recruitment. Bạn đã đậu vòng phỏng vấn đầu cho công việc điều dưỡng chăm sóc ở Osaka, theo thị thực Kỹ năng đặc định của Nhật Bản. Lương khoảng ¥190.000 một tháng trước thuế. Tiếp theo: thi tiếng Nhật và thi kỹ năng chăm sóc; chúng tôi sẽ gửi lịch. Đào tạo khoảng 6 tháng trước khi xuất cảnh.
    .title = Chăm sóc ở Osaka
    .source = Tin nhắn từ một công ty
    .explain = Một chương trình thị thực có thật với các bước thật (thi tiếng và thi kỹ năng), lương bình thường cho công việc, và nhiều tháng đào tạo trước khi ai đi. Hiện giờ bạn chỉ được đề nghị đi thi.

quiz-rec-contract-riyadh = Chúc mừng bạn đã đậu phỏng vấn với Wadi Sahra Medical Centre. Đính kèm là hợp đồng của bạn: y tá, Riyadh, SAR 6.500 một tháng, 2 năm, chỗ ở và vé máy bay do chủ lao động trả, bạn không mất phí. Vui lòng đọc kỹ và trả lời trước ngày 20 tháng 5 nếu bạn đồng ý, để chúng tôi bắt đầu làm thị thực lao động.
    .title = Hợp đồng y tá cho Riyadh
    .source = Email từ một công ty
    .explain = Hợp đồng bằng văn bản có công việc, nơi làm và lương trước mọi thứ, lương bình thường cho y tá, và thị thực lao động. Hạn trả lời là thật nhưng hợp lý, và không ai đòi gì ở bạn ngoài câu trả lời.

quiz-rec-developer-kl = Chào bạn, tôi thấy CV của bạn trên trang này. Meranti Software ở Kuala Lumpur đang tuyển lập trình viên Java, MYR 9.000-11.000 một tháng. Tôi đính kèm bản mô tả và trang web của họ. Các bước tiếp: hai buổi phỏng vấn video với nhóm kỹ thuật, rồi thư mời làm việc bằng văn bản và Employment Pass. Bạn trả lời trước thứ Năm được không?
    .title = Việc lập trình ở Kuala Lumpur
    .source = Tin nhắn trên trang việc làm
    .explain = Tin đến mà bạn không hỏi và lương cao, nhưng bình thường cho việc có tay nghề hợp với CV của bạn. Có tên công ty, có mô tả công việc, có phỏng vấn thật, thư mời bằng văn bản và giấy phép lao động đúng.

quiz-rec-fee-dubai = Chào buổi chiều, chị Reyes. Hồ sơ của chị cho vị trí phụ kho ở Dubai đã vào danh sách chọn. Để giữ chỗ, xin chị chuyển phí xử lý hồ sơ USD 1.150 trước thứ Năm. Hợp đồng lao động sẽ được trao cho chị khi đến Dubai. Thông tin ngân hàng của chúng tôi ở bên dưới; chúng tôi mong được đón chị.
    .title = Vị trí kho ở Dubai
    .source = Email từ người tuyển dụng
    .explain = Phí trước khi có việc, hạn chót để trả, và không có hợp đồng cho đến khi đến nơi. Không có hợp đồng bằng văn bản thì bạn không có gì ràng buộc người tuyển dụng; và ở UAE, chủ lao động, không phải người lao động, trả chi phí tuyển dụng.

quiz-rec-location-maesot = Tin vui, bạn đã qua bài thi đánh máy! Có một thay đổi nhỏ: văn phòng Bangkok đã đủ người, nên bạn sẽ làm ở chi nhánh gần Mae Sot, cùng lương, cùng nhóm. Tài xế sẽ đón bạn ở sân bay và đưa qua sông đến văn phòng. Khi có thông tin chuyến bay, bạn gửi cho chúng tôi nhé.
    .title = Đổi văn phòng
    .source = Tin nhắn Telegram của người tuyển dụng
    .explain = Thi đánh máy không phải phỏng vấn thật, và nơi làm việc đổi sau khi bạn đã đồng ý. Bên kia sông từ Mae Sot là Myanmar: bị đưa qua biên giới mà không qua cửa khẩu là cách nhiều người bị đưa vào các khu lừa đảo.

quiz-rec-polished-visa = Kính gửi ứng viên, cảm ơn bạn đã hoàn thành bài đánh giá. Velmora Global Services Ltd (Reg. No. 2019/448213) trân trọng mời bạn nhận vị trí Client Relations Officer tại Phnom Penh. Để nhanh hơn, bạn sẽ nhập cảnh bằng thị thực du lịch; chúng tôi sẽ chuyển sang giấy phép lao động sau khi bạn đến.
    .title = Lời mời client relations
    .source = Email từ người tuyển dụng
    .explain = Văn phong chỉn chu và số đăng ký rất dễ làm giả. Việc làm thật ở nước ngoài đi kèm thị thực lao động trước khi bạn đi; làm việc bằng thị thực du lịch khiến bạn không có tư cách pháp lý hay sự bảo vệ.

quiz-ph-rec-factory-taichung = Chào chị Santos, em là Carla từ Luzon Overseas Manpower. Tin vui: nhà máy ở Đài Trung nhận chị làm công nhân vận hành máy, NT$29.500 một tháng cộng tăng ca, 3 năm. Chị khám sức khỏe thứ Ba tại St. Jude Clinic; sau đó bên em nộp hồ sơ thị thực và đặt lịch PDOS. Hợp đồng đã sẵn sàng để chị đọc ở văn phòng.
    .title = Làm nhà máy ở Đài Trung
    .source = Tin nhắn từ một công ty
    .explain = Lương tối thiểu của Đài Loan, thời hạn hợp đồng thông thường, và các bước mọi lao động Philippines đều qua (khám sức khỏe, thị thực, PDOS). Hợp đồng chờ sẵn ở văn phòng bạn có thể đến, trước khi đi.

quiz-ph-rec-airport-script = Chào bạn, việc của bạn ở Bangkok đã chắc chắn 🙂 Để khỏi chờ thủ tục lâu, bạn sẽ đi như khách du lịch. Nếu xuất nhập cảnh hỏi, hãy nói bạn đi thăm anh họ một tuần và đưa vé khứ hồi chúng tôi đặt. Nhân viên của chúng tôi sẽ đón bạn ở cổng tại Bangkok. Tạm thời chuyện này chỉ giữa chúng ta thôi.
    .title = Mẹo đi lại cho việc ở Bangkok
    .source = Tin nhắn Messenger của người tuyển dụng
    .explain = Bạn được dặn phải nói gì với xuất nhập cảnh, đi như khách du lịch để đi làm, và giữ bí mật. Chủ lao động thật không bao giờ cần bạn nói dối ở sân bay; những câu hỏi ở đó là để ngăn buôn người.

quiz-id-rec-carer-taichung = Chào chị Sari, em là Dewi từ PT Karya Mandiri Sejahtera, công ty đưa người đi làm việc có giấy phép (P3MI). Gia đình ở Đài Trung đã chọn chị chăm sóc người già. Theo quy định miễn phí cho người chăm sóc, chị không phải trả phí tuyển dụng. Thứ Hai chị mang căn cước, giấy đồng ý của gia đình và kết quả khám sức khỏe đến văn phòng ở Malang nhé.
    .title = Chăm sóc người già ở Đài Trung
    .source = Tin nhắn từ một công ty
    .explain = Công ty có giấy phép, một quy định có thật (không được thu phí tuyển dụng của người chăm sóc và lao động giúp việc khác), và giấy tờ luật yêu cầu, như giấy đồng ý của gia đình, mang đến một văn phòng.

quiz-id-rec-callcentre-batam = Chào chị, một tổng đài ở Phnom Penh cần nhân viên Indonesia: 12 triệu rupiah một tháng, không cần kinh nghiệm, ở miễn phí 😊 Không cần đăng ký lao động di cư, mất mấy tháng. Chị bay đến Batam, sang Singapore như khách du lịch, và công ty lo giấy phép lao động ở đó. Vé cho tuần sau đã sẵn sàng.
    .title = Tổng đài ở Phnom Penh
    .source = Tin nhắn WhatsApp của người lạ
    .explain = Lương cao mà không cần kinh nghiệm, lộ trình né đăng ký lao động di cư, và nhập cảnh như khách du lịch để đi làm. Đi vòng quy trình chính thức là mất hết sự bảo vệ, và Phnom Penh là điểm đến đã biết của các khu lừa đảo.

quiz-vn-rec-eps-korea = Chào anh Tuấn, chúc mừng anh đã đậu kỳ thi tiếng Hàn EPS-TOPIK 🎉 Hồ sơ của anh giờ vào danh sách chờ cho việc làm sản xuất ở Hàn Quốc. Khi có chủ sử dụng chọn anh, lương ít nhất bằng lương tối thiểu của Hàn Quốc (khoảng 2,16 triệu won một tháng làm toàn thời gian), và anh ký hợp đồng mẫu trước khi có thị thực. Thi tay nghề: ngày 14 tháng 4.
    .title = Giấy phép lao động Hàn Quốc
    .source = Tin nhắn từ Trung tâm Lao động ngoài nước
    .explain = Chương trình EPS do hai chính phủ thực hiện: thi tiếng Hàn, thi tay nghề, lương tối thiểu theo luật và hợp đồng mẫu trước khi có thị thực. Không cần môi giới và không ai đòi khoản tiền lớn.

quiz-vn-rec-deposit-japan = Chào anh Tuấn, bên em còn 6 suất cho nhà máy thực phẩm ở Aichi, Nhật Bản, ¥250.000 một tháng, không cần tiếng Nhật, bay trong vòng một tháng. Để giữ suất, anh đóng tiền cọc 180 triệu đồng trong tuần này. Hợp đồng lao động sẽ ký tại công ty ở Nhật. Công ty em đã đưa nhiều người đi rồi.
    .title = Nhà máy thực phẩm ở Aichi
    .source = Tin nhắn Zalo của một người môi giới
    .explain = Khoản cọc rất lớn để giữ suất, lương cao hơn mức thường của việc đó, không đào tạo tiếng, và không có hợp đồng cho đến khi sang. Luật giới hạn tiền dịch vụ tối đa một tháng lương cho mỗi năm hợp đồng, và chỉ được thu sau khi hợp đồng đã ký.

quiz-in-rec-welder-jubail = Sharma Overseas Manpower (đại lý tuyển dụng có đăng ký, RC B-2187/MUM/PART/1000+/5/9930/2021) đang tuyển thợ hàn ống cho dự án nhà máy lọc dầu ở Jubail, Ả Rập Xê Út: SAR 2.200 một tháng, ăn ở do chủ lao động lo. Thi tay nghề ở Mumbai ngày 12 tháng 5. Phí dịch vụ ₹20.000 cộng GST, có biên lai.
    .title = Thợ hàn cho Jubail
    .source = Quảng cáo trên báo của một đại lý
    .explain = Số đăng ký có thể tra cứu, thi tay nghề cho việc có kỹ năng, lương bình thường, và phí dịch vụ dưới mức trần luật định ₹30.000 (cộng GST), có biên lai.

quiz-in-rec-data-bangkok = Xin chào, chúng tôi lấy hồ sơ của bạn từ một cổng việc làm. Một công ty công nghệ ở Bangkok cần nhân viên nhập liệu: ₹1,2 lakh một tháng, ăn ở miễn phí, chỉ cần tiếng Anh cơ bản và đánh máy. Phỏng vấn là một cuộc chat ngắn trên WhatsApp hôm nay. Bạn có thể đi bằng thị thực cấp tại cửa khẩu; đội của chúng tôi sẽ đón ở sân bay.
    .title = Nhập liệu ở Bangkok
    .source = Tin nhắn WhatsApp
    .explain = Lương rất cao cho việc đơn giản, "phỏng vấn" qua chat, và nhập cảnh như khách du lịch để đi làm. Chính phủ Ấn Độ đã cảnh báo những lời mời như thế dẫn đến các khu lừa đảo ở Myanmar, Lào và Campuchia.

## Messages from strangers

quiz-msg-dating-meet = Tuần này nói chuyện với bạn vui thật đấy 😊 Chiều thứ Bảy mình đi cà phê ở quán cạnh thư viện nhé? Hoặc gọi video một chút trước nếu bạn thích hơn; tùy bạn. Mình rảnh sau 3 giờ, và chủ quán làm bánh xoài ngon lắm.
    .title = Cà phê thứ Bảy
    .source = Tin nhắn trên ứng dụng hẹn hò
    .explain = Người đề nghị gặp ở nơi công cộng, để bạn chọn và không đòi gì đang làm điều mà kẻ lừa tình tránh. Gọi video có ích, dù video có thể giả; quan trọng nhất là không bao giờ có chuyện tiền hay mách nước đầu tư.

quiz-msg-wallet-found = Xin chào, bạn có mất ví không? Tôi nhặt được một cái ở bến xe buýt trung tâm, trong có danh thiếp của bạn, và đã nộp ở văn phòng bến, quầy số 2. Bạn có thể đến nhận với giấy tờ tùy thân đến 8 giờ tối các ngày trong tuần. Không cần trả lời, tôi chỉ muốn báo cho bạn.
    .title = Chiếc ví bị mất
    .source = Tin nhắn từ số lạ
    .explain = Số lạ, nhưng tin nhắn không đòi gì: không tiền, không đường link, không trò chuyện. Nó chỉ bạn đến một văn phòng công cộng nơi bạn xuất trình giấy tờ của chính mình.

quiz-msg-wrong-number-sorry =
    Chào Dara, tối nay vẫn ăn lúc 7 giờ chứ? Mình đặt bàn cạnh cửa sổ rồi 🙂
    (Bạn trả lời: "Xin lỗi, nhầm số rồi.")
    Ôi, xin lỗi nhé! Chắc mình lưu nhầm số. Mong là không làm phiền bạn. Chúc buổi tối vui vẻ.
    .title = Đặt bàn ăn tối
    .source = Tin nhắn từ số lạ
    .explain = Nhầm số thật vẫn xảy ra. Người này xin lỗi, dừng lại và không đòi gì; dấu hiệu cảnh báo là người lạ cứ tiếp tục trò chuyện sau khi bạn nói nhầm số.

quiz-msg-dating-telegram = Anh chưa bao giờ thấy gần gũi với ai nhanh như vậy 😊 Ứng dụng này cứ tự đăng xuất anh, mình nói chuyện trên Telegram nhé? Camera điện thoại cũ của anh bị hỏng, nhưng tháng sau rời tàu về anh sẽ gọi cho em đàng hoàng. Kể anh nghe thêm về ngày của em đi.
    .title = Người quen làm trên tàu
    .source = Tin nhắn trên ứng dụng hẹn hò
    .explain = Tình cảm mạnh rất nhanh, vội chuyển sang ứng dụng khác, và lý do để không nói chuyện qua video. Gộp lại, đó là kiểu lừa tình điển hình, thường chuyển sang "đầu tư" về sau.

quiz-msg-social-nurse = Chào bạn, mình thấy bình luận của bạn trong nhóm du lịch và phải chào một tiếng, bạn có vẻ tốt bụng quá! Mình là y tá ở Toronto. Mình ít dùng Facebook, mình chat trên WhatsApp được không? Năm ngoái chú mình dạy mình giao dịch vàng và nó đã thay đổi cuộc đời mình.
    .title = Y tá trong nhóm du lịch
    .source = Tin nhắn Facebook của người lạ
    .explain = Người lạ khen bạn, muốn chuyển ngay sang ứng dụng riêng, và sớm nhắc đến thành công nhờ giao dịch. Đó là những bước đầu của kiểu lừa đảo trộn tình bạn với đầu tư.

quiz-msg-wrong-number-chatty =
    Xin chào, có phải anh Chen không ạ? Em chỉ xác nhận lịch chơi golf của chúng ta hôm Chủ nhật.
    (Bạn trả lời: "Xin lỗi, nhầm số rồi.")
    Ôi, em xin lỗi, anh lịch sự quá! Em là Linda, em có một công ty nhỏ nhập khẩu rượu vang ở Singapore. Em hỏi anh ở đâu được không ạ?
    .title = Lịch chơi golf
    .source = Số lạ trên WhatsApp
    .explain = Mở đầu như một sự nhầm lẫn thật, nhưng sau khi bạn nói nhầm số, người đó vẫn tiếp tục trò chuyện, khen bạn và hỏi về cuộc sống của bạn. Nhiều vụ lừa tình và lừa đầu tư bắt đầu đúng như vậy.

## Investment and money

quiz-inv-bank-card = Cảnh báo từ ngân hàng: chúng tôi đã chặn một giao dịch thẻ US$ 320 tại một cửa hàng trực tuyến lúc 02:14 hôm nay. Nếu không phải bạn, vui lòng gọi cho chúng tôi theo số in trên thẻ. Nếu đúng là bạn, bạn có thể thanh toán lại. Chúng tôi không bao giờ hỏi mã PIN, mật khẩu hay mã dùng một lần.
    .title = Giao dịch thẻ bị chặn
    .source = Tin nhắn từ ngân hàng của bạn
    .explain = Không có đường link và không có số để gọi: nó chỉ bạn đến số in trên chính thẻ của bạn, mà bạn biết là thật. Những cảnh báo kèm đường link hoặc đòi mã mới là thứ cần nghi ngờ.

quiz-inv-bond-friend = Cuối cùng mình cũng gửi ít tiền tiết kiệm vào trái phiếu chính phủ ở bưu điện: khoảng 6% một năm, cố định 5 năm 😄 Không hấp dẫn, nhưng an toàn. Đừng bỏ vào số tiền bạn có thể sắp cần, và tự hỏi ở quầy nhé, họ giải thích kỹ lắm. Hay mình ăn mừng bằng một bữa tối rẻ rẻ.
    .title = Trái phiếu tiết kiệm của bạn bè
    .source = Tin nhắn của một người bạn
    .explain = Một người bạn bạn quen, lãi suất cố định vừa phải từ một cơ quan công, không phải cài ứng dụng và không thúc ép: họ còn bảo bạn tự hỏi ở quầy. Mách nước lừa đảo hứa lời nhanh và lớn trên một nền tảng chỉ họ biết.

quiz-inv-fraud-refund = Về yêu cầu xử lý gian lận bạn báo tại chi nhánh ngày 3 tháng 3 (mã FR-20419): yêu cầu đã được chấp thuận. Toàn bộ số tiền sẽ được hoàn vào tài khoản của bạn trong 10 ngày làm việc. Bạn không phải trả gì và không phải chia sẻ mã nào. Nếu có câu hỏi, hãy đến bất kỳ chi nhánh nào với mã này.
    .title = Yêu cầu xử lý gian lận của bạn
    .source = Email từ ngân hàng của bạn
    .explain = Đây là về yêu cầu chính bạn đã gửi ngân hàng của mình, và nó không đòi gì: không phí, không mã, không đường link. Lừa đảo "lấy lại tiền" tự liên hệ khi bạn không hỏi và đòi phí trước.

quiz-inv-crypto-tip = Chú mình làm ở một sàn giao dịch và hay chia sẻ bí quyết cho người nhà. Tuần này mình lời $2.300 😄 Bắt đầu ít thôi, $300 cũng được. Ngày hôm sau bạn rút được khoản lời đầu tiên, để thấy là thật. Tối nay mình chỉ bạn cách làm nhé.
    .title = Mách nước giao dịch từ bạn mới
    .source = Một người bạn mới trên WhatsApp
    .explain = Lời mách từ người quen trên mạng, lời lớn, và một lần rút nhỏ lúc đầu "để thấy là thật". Kẻ lừa đảo cho bạn rút một ít để tạo lòng tin trước khi bạn bỏ vào nhiều hơn.

quiz-inv-recovery-firm = Chúng tôi là công ty thu hồi tiền có giấy phép, hợp tác với các cơ quan quản lý quốc tế. Điều tra viên của chúng tôi đã lần ra $31.000 từ khoản đầu tư bạn bị mất trong một tài khoản sàn. Để mở hồ sơ, cần một khoản phí có hoàn lại là 1.500 USDT. Mã hồ sơ của bạn là RC-88412; đội ngũ làm việc các ngày trong tuần.
    .title = Công ty thu hồi tiền
    .source = Email của một công ty thu hồi tiền
    .explain = Nó đến khi bạn không hỏi, tự nhận có quan hệ với cơ quan quản lý, và đòi phí bằng tiền mã hóa trước. Công an và cơ quan quản lý không thu tiền để lấy lại tiền cho bạn; đây là vụ lừa thứ hai nhắm vào người đã mất tiền.

quiz-inv-withdrawal-tax = Lệnh rút 48.300 USDT của bạn đang được xử lý. Theo quy định quốc tế về chống rửa tiền, phải nộp thuế thu nhập cá nhân 15% (7.245 USDT) trước khi tiền được giải ngân. Vui lòng hoàn tất thanh toán trong 72 giờ để tài khoản của bạn tiếp tục hoạt động.
    .title = Lệnh rút bị giữ
    .source = Thông báo của ứng dụng giao dịch
    .explain = Nền tảng thật trừ mọi khoản phí từ số dư của bạn; nó không giữ tiền của bạn cho đến khi bạn gửi thêm. Trả khoản "thuế" này thường dẫn đến một khoản phí khác, và tiền không bao giờ được giải ngân.
