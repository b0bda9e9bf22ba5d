# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## For everyone

resource-embassy = Đại sứ quán hoặc lãnh sự quán của nước bạn
    .description = Đại sứ quán của nước bạn có thể kiểm tra xem lời mời việc làm và chủ lao động có thật không trước khi bạn đi, và giúp đỡ công dân bị mắc kẹt ở nước ngoài. Hãy tìm số điện thoại trên trang web của Bộ Ngoại giao trước khi lên đường, và lưu vào điện thoại.

resource-iom = IOM, cơ quan di cư của Liên Hợp Quốc
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
