# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Đại sứ quán hoặc lãnh sự quán của nước bạn
    .description = Đại sứ quán của nước bạn có thể kiểm tra xem lời mời việc làm và chủ lao động có thật không trước khi bạn đi, và giúp đỡ công dân bị mắc kẹt ở nước ngoài. Hãy tìm số điện thoại trên trang web của Bộ Ngoại giao trước khi lên đường, và lưu vào điện thoại.

resource-iom = IOM, cơ quan di cư của Liên Hợp Quốc: văn phòng tại nước bạn
    .description = IOM giúp đỡ những người bị mua bán: chỗ ở an toàn, chăm sóc sức khỏe, tư vấn tâm lý và hỗ trợ về nhà an toàn. Hãy liên hệ văn phòng IOM ở nước bạn hoặc ở nước nơi bạn đang ở.

## Philippines

resource-ph-iacat-1343 = Đường dây 1343 Actionline (IACAT)
    .description = Đường dây nóng 24 giờ của Hội đồng Liên ngành Chống Mua bán người (Philippines). Hãy gọi để tố giác người tuyển dụng đáng ngờ, hoặc khi bạn hay người nhà cần giúp đỡ; đường dây cũng có số miễn phí cho người Philippines ở nước ngoài.

resource-ph-dmw-verify = Bộ Lao động Di cư Philippines (DMW)
    .description = Kiểm tra trên trang web của DMW xem công ty môi giới có giấy phép hay không, trước khi bạn trả bất kỳ khoản tiền nào hoặc lên đường. Chỉ công ty có giấy phép mới được đưa người lao động ra nước ngoài.

## Thailand

resource-th-1300 = Đường dây nóng 1300 (Trung tâm Trợ giúp Xã hội)
    .description = Đường dây nóng của Bộ Phát triển Xã hội và An ninh Con người Thái Lan, dành cho bất kỳ ai đang ở Thái Lan. Hãy gọi để tố giác nạn mua bán người hoặc xin giúp đỡ.

resource-th-1300-abroad = Đường dây nóng 1300 từ nước ngoài
    .description = Sự giúp đỡ tương tự dành cho người Thái ở ngoài Thái Lan. Gọi hoặc nhắn tin miễn phí, 24 giờ mỗi ngày, nếu bạn hoặc người bạn quen bị mắc kẹt hay bị mua bán ở nước ngoài.

## Cambodia

resource-kh-police-117 = Đường dây nóng cảnh sát Campuchia
    .description = Đường dây nóng của cảnh sát quốc gia Campuchia. Hãy cẩn thận: những người sống sót kể rằng một số cảnh sát địa phương đã chuyển lời cầu cứu lại cho bọn cầm đầu khu lừa đảo. Nếu có thể, hãy liên hệ đại sứ quán hoặc một tổ chức đáng tin cậy trước, và luôn cho biết vị trí chính xác của bạn.

## India

resource-in-cyber-1930 = Đường dây 1930 về lừa đảo trên mạng (Ấn Độ)
    .description = Hãy gọi ngay 1930 nếu bạn bị mất tiền vì lừa đảo trực tuyến: báo sớm có thể giúp chặn được tiền. Bạn sẽ nhận được đường link để hoàn tất việc trình báo trên cổng thông tin quốc gia.

resource-in-cybercrime-portal = Cổng trình báo tội phạm mạng quốc gia (Ấn Độ)
    .description = Trình báo lừa đảo trực tuyến và các tội phạm mạng khác từ bất cứ đâu ở Ấn Độ. Nếu bạn đã gọi 1930, hãy hoàn tất việc trình báo ở đây trong vòng 24 giờ.

## Indonesia

resource-id-safe-travel = Ứng dụng Safe Travel (Bộ Ngoại giao Indonesia)
    .description = Ứng dụng miễn phí của Bộ Ngoại giao Indonesia dành cho công dân ở nước ngoài. Khi khẩn cấp, nút báo động của ứng dụng sẽ gửi vị trí của bạn đến đại sứ quán hoặc lãnh sự quán Indonesia gần nhất. Hãy cài đặt trước khi lên đường.

## Malaysia

resource-my-nsrc-997 = Trung tâm Ứng phó Lừa đảo Quốc gia (Malaysia)
    .description = Hãy gọi ngay 997 nếu bạn đã chuyển tiền cho kẻ lừa đảo: trung tâm phối hợp với các ngân hàng để nhanh chóng phong tỏa số tiền. Trung tâm trực 24 giờ mỗi ngày.

## Viet Nam

resource-vn-111 = Tổng đài quốc gia 111
    .description = Tổng đài miễn phí 24 giờ của Việt Nam để tố giác nạn mua bán người và nhận hỗ trợ cho nạn nhân. Đây cũng là tổng đài quốc gia bảo vệ trẻ em.

## United States

resource-us-trafficking-hotline = Đường dây nóng quốc gia về mua bán người (Hoa Kỳ)
    .description = Đường dây nóng 24 giờ, giữ bí mật, dành cho nạn nhân, người sống sót và bất kỳ ai đang lo lắng cho người khác. Đường dây dùng tiếng Anh và tiếng Tây Ban Nha, có phiên dịch cho hơn 200 ngôn ngữ khác. Đường dây này không thuộc cảnh sát.

resource-us-trafficking-text = Nhắn tin đến Đường dây nóng quốc gia về mua bán người (Hoa Kỳ)
    .description = Hãy nhắn tin đến số này nếu bạn không thể gọi điện một cách an toàn. Mọi thông tin đều được giữ bí mật.

resource-us-ic3 = Trung tâm Tiếp nhận Khiếu nại Tội phạm Internet của FBI (IC3)
    .description = Trình báo với FBI các vụ lừa đảo đầu tư trực tuyến và lừa đảo tiền ảo, kèm chi tiết của từng khoản thanh toán. FBI không thu phí để điều tra; bất kỳ ai đòi phí để lấy lại tiền cho bạn đều là kẻ lừa đảo.

## Added for every player (2026-12-05)

resource-support-after = Hỗ trợ sau một trải nghiệm khó khăn
    .description = Những gì bạn đã trải qua, hoặc vừa chơi qua, có thể còn đọng lại. Hãy nói chuyện với người bạn tin tưởng. Người sống sót sau nạn buôn người có thể nhờ IOM hoặc nhân viên y tế tư vấn tâm lý.

resource-bank-first = Trước tiên: ngân hàng hoặc ví điện tử của bạn
    .description = Nếu bạn đã chuyển tiền, hãy gọi ngay cho ngân hàng hoặc ví điện tử: họ biết càng sớm thì càng có cơ hội chặn giao dịch. Giữ lại mọi tin nhắn, số tài khoản và biên lai.

resource-no-recovery-fee = Đừng bao giờ trả phí để lấy lại tiền
    .description = Sau một vụ lừa đảo, những người nói có thể lấy lại tiền cho bạn để đổi lấy phí, kể cả khi họ tự xưng làm việc với cảnh sát hay cơ quan quản lý, đang lừa bạn lần thứ hai. Cảnh sát và cơ quan quản lý thật không thu phí của bạn.

resource-ph-1343-global = Đường dây 1343 từ nước ngoài
    .description = Đường dây 1343 có các số quốc tế miễn phí cho người Philippines ở nước ngoài, được liệt kê trên trang web của họ, dành cho người bị mắc kẹt hoặc bị buôn bán và gia đình họ.

resource-ph-cicc-1326 = Đường dây báo lừa đảo 1326 (CICC)
    .description = Đường dây 24 giờ của chính phủ Philippines để trình báo lừa đảo trực tuyến, do Trung tâm Điều phối và Điều tra Tội phạm mạng vận hành. Hãy gọi sớm: họ làm việc với ngân hàng và ví điện tử để đánh dấu các tài khoản.

resource-th-aoc-1441 = Trung tâm chống lừa đảo trực tuyến 1441
    .description = Đường dây 24 giờ của Thái Lan cho nạn nhân lừa đảo trực tuyến. Họ đề nghị ngân hàng phong tỏa tài khoản đã nhận tiền của bạn và hướng dẫn bạn trình báo công an.

resource-au-scamwatch = Scamwatch (Trung tâm Chống lừa đảo Quốc gia Úc)
    .description = Trình báo lừa đảo, kể cả lời mời làm việc giả và lừa đảo đầu tư, và đọc hướng dẫn nên làm gì tiếp theo. Mỗi trình báo giúp cảnh báo người khác và ngăn chặn kẻ lừa đảo.

resource-au-idcare = IDCARE
    .description = Dịch vụ hỗ trợ miễn phí, phi lợi nhuận cho người bị lấy mất thông tin cá nhân hoặc danh tính trong một vụ lừa đảo. Họ giúp bạn lập kế hoạch hạn chế thiệt hại.

resource-cn-12308 = Đường dây bảo hộ lãnh sự 12308
    .description = Đường dây 24 giờ của Bộ Ngoại giao Trung Quốc cho công dân ở nước ngoài cần giúp đỡ. Đường dây này không bao giờ gọi cho ai và không bao giờ đòi tiền: cuộc gọi hiện số 12308 là lừa đảo, hãy cúp máy và tự gọi lại. Nếu bị lừa, hãy báo công an nơi bạn ở, và báo cả công an trong nước nếu tiền được chuyển từ ngân hàng ở Trung Quốc.

resource-et-embassy-where = Các đại sứ quán Ethiopia trong khu vực
    .description = Người Ethiopia bị giữ ở Myanmar đã được đưa về nhờ các đại sứ quán Ethiopia ở New Delhi (Ấn Độ) và Tokyo (Nhật Bản), với sự giúp đỡ của Thái Lan. Trước khi đi, hãy hỏi Bộ Ngoại giao đại sứ quán nào phụ trách nước bạn sắp đến.

resource-ke-nea-register = Danh sách của Cơ quan Việc làm Quốc gia Kenya
    .description = Chỉ những công ty được Cơ quan Việc làm Quốc gia Kenya cấp phép mới được tuyển người đi làm ở nước ngoài. Danh sách trên neaims.go.ke cho biết giấy phép nào còn hiệu lực. Hãy kiểm tra trước khi ai đó trả tiền hay lên đường, và trình báo công ty đã nói dối.

resource-ke-dci-report = Trình báo lừa đảo trực tuyến với cảnh sát (DCI)
    .description = Cục Điều tra Hình sự Kenya tiếp nhận trình báo lừa đảo trực tuyến tại các văn phòng trên cả nước. Hãy trình báo ở đó hoặc tại đồn cảnh sát, kèm mọi tin nhắn và giao dịch.

resource-la-lwu-1362 = Đường dây 1362 (Hội Liên hiệp Phụ nữ Lào)
    .description = Đường dây tư vấn và bảo vệ của Hội Liên hiệp Phụ nữ Lào hỗ trợ người sống sót sau nạn buôn người và bạo lực.

resource-np-embassies = Đại sứ quán Nepal ở Bangkok và Yangon
    .description = Đại sứ quán Nepal ở Thái Lan và Myanmar đã giải cứu hàng trăm người Nepal khỏi các khu lừa đảo. Chính phủ Nepal đề nghị chỉ đi làm việc ở nước ngoài khi có giấy phép lao động, và không bao giờ đến Campuchia, Lào, Myanmar hay Thái Lan bằng thị thực du lịch để làm việc.

resource-np-cyber-bureau = Cục An ninh mạng, Cảnh sát Nepal
    .description = Trình báo lừa đảo trực tuyến qua email, kèm bản sao giấy tờ tùy thân và mọi tin nhắn, giao dịch, hoặc tại bất kỳ đồn cảnh sát nào.

resource-ng-naptip-627 = NAPTIP 627
    .description = Đường dây miễn phí của cơ quan chống buôn người Nigeria. Hãy gọi để trình báo buôn người, hoặc khi bạn hay người bạn quen cần giúp đỡ.

resource-ng-police-cyber = Cổng trình báo tội phạm mạng của Cảnh sát Nigeria
    .description = Trình báo lừa đảo trực tuyến và lừa đảo tình cảm với đơn vị tội phạm mạng của cảnh sát, trực tuyến, từ Nigeria hoặc từ nước ngoài.

resource-lk-slbfe-1989 = SLBFE 1989
    .description = Đường dây của Cục Việc làm Ngoài nước Sri Lanka, mở suốt ngày đêm. Kiểm tra công ty có giấy phép hay không trước khi trả tiền hay giao hộ chiếu, và trình báo công ty thu cao hơn mức phí được duyệt.

resource-lk-police-ccid = Phòng Điều tra Tội phạm máy tính, Cảnh sát Sri Lanka
    .description = Trình báo lừa đảo trực tuyến tại đồn cảnh sát gần nhất, hoặc với Phòng Điều tra Tội phạm máy tính của cảnh sát, có cả chi nhánh ở Kandy và Matara.

resource-ug-high-commission-kl = Cao ủy Uganda tại Kuala Lumpur
    .description = Đại sứ Uganda phụ trách Thái Lan làm việc tại Cao ủy Uganda ở Kuala Lumpur, Malaysia, nơi đã giúp đưa người Uganda từ Myanmar về nước. Hãy liên hệ với họ, và nhờ gia đình ở nhà liên hệ Bộ Ngoại giao.

resource-ug-police-cyber = Đơn vị Tội phạm mạng, Cảnh sát Uganda
    .description = Trình báo lừa đảo trực tuyến với Đơn vị Tội phạm mạng tại trụ sở CID ở Kibuli, hoặc tại bất kỳ đồn cảnh sát nào.
