# Machine-drafted translation: needs review by a native speaker.
## Trang báo cáo của phòng: `redflag report --format html` và phím `r` trên bảng điều khiển.

report-page-title = Điều cả phòng đã học được
report-workshop = Buổi học { $workshop }
report-privacy = Trang này không có tên và không có mã người tham gia: chỉ có những gì cả phòng đã làm, được đếm lại.
report-privacy-codes = Trang này liệt kê mã người tham gia. Chỉ chia sẻ với những người được phép biết ai giữ mã nào.
report-glance-title = Tổng quan về phòng
report-sessions = lượt chơi
report-finished = đã hoàn thành
report-scenarios-played = kịch bản đã chơi
report-empty = Chưa có lượt chơi nào trong các bản ghi này.
report-endings-title = Các câu chuyện đã kết thúc thế nào
report-not-finished = Chưa hoàn thành
report-endings-reading = Kết thúc thường gặp nhất: { $outcome }, trong { $count } trên { $total } lượt chơi đã hoàn thành.
report-endings-none = Chưa có lượt chơi nào đi đến kết thúc.
report-flags-title = Dấu hiệu cảnh báo: tỉ lệ người nhận ra từng dấu hiệu
report-flags-intro = Trong các lượt chơi có gặp một dấu hiệu cảnh báo, tỉ lệ đã nhận ra nó. Thấp nhất đứng đầu: đó là những điều cần bàn.
report-flags-bar = { $spotted } trên { $met } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = Bị bỏ qua nhiều nhất: { $flag }, chỉ được nhận ra trong { $spotted } trên { $met } lượt chơi có gặp nó.
report-flags-none = Chưa có dấu hiệu cảnh báo nào xuất hiện.
report-quiz-title = Bài trắc nghiệm: phân biệt lời mời thật và lừa đảo, trước và sau
report-quiz-intro = d′ cho biết người chơi phân biệt lời mời thật với lừa đảo tốt đến đâu: 0 là may rủi, càng cao càng tốt. Ngưỡng (criterion) cho biết họ sẵn sàng gọi mọi thứ là lừa đảo đến mức nào: dưới 0 là nghi ngờ tất cả; trên 0 là dễ tin. Học được điều gì thể hiện ở d′ cao hơn, không phải ở ngưỡng thấp hơn. Đường kẻ qua mỗi chấm là khoảng tin cậy 95%: nơi giá trị thật của cả phòng nhiều khả năng nằm.
report-quiz-none = Không ai làm bài trắc nghiệm trong các bản ghi này.
report-quiz-dprime = Phân biệt thật và lừa đảo (d′)
report-quiz-criterion = Khuynh hướng (ngưỡng)
report-quiz-before = Trước
report-quiz-after = Sau
report-quiz-change = Thay đổi, theo từng người
report-quiz-reference = { $measure ->
    [criterion] không nghiêng
   *[other] may rủi
}
report-quiz-reading-dprime = { $direction ->
    [up] Sau trò chơi, cả phòng phân biệt lừa đảo với lời mời thật tốt hơn ({ $before } trước, { $after } sau), nhiều hơn mức may rủi có thể giải thích.
    [down] Sau trò chơi, cả phòng phân biệt lừa đảo với lời mời thật kém hơn ({ $before } trước, { $after } sau): đáng để hỏi vì sao.
    [unclear] Trước { $before }, sau { $after }: thay đổi nằm trong mức may rủi, nên chưa thấy khác biệt rõ ràng.
   *[none] Trước { $before }, sau { $after }. Không ai làm bài cả hai lần, nên chưa có thay đổi để đọc.
}
report-quiz-reading-criterion = { $direction ->
    [up] Sau trò chơi, cả phòng dễ tin hơn ({ $before } trước, { $after } sau).
    [down] Sau trò chơi, cả phòng nhanh gọi mọi thứ là lừa đảo hơn ({ $before } trước, { $after } sau). Điều đó chỉ tốt nếu d′ cũng tăng.
    [unclear] Trước { $before }, sau { $after }: cả phòng nghiêng về cùng một phía cả hai lần.
   *[none] Trước { $before }, sau { $after }. Không ai làm bài cả hai lần, nên chưa có thay đổi để đọc.
}
report-debrief-flags = Đáng bàn kỹ: những dấu hiệu cảnh báo ít được nhận ra nhất
report-codes-title = Mã người tham gia
report-col-scenario = Kịch bản
report-col-sessions = Lượt chơi
report-col-finished = Hoàn thành
report-col-minutes = Số phút (trung bình)
report-col-redflag = Dấu hiệu cảnh báo
report-col-came-up = Xuất hiện
report-col-spotted = Nhận ra
report-col-share = Tỉ lệ
report-col-measure = Trắc nghiệm
report-col-mean = Trung bình
report-col-interval = Khoảng tin cậy 95%
report-col-n = Số người
report-col-code = Mã
report-data = Các con số
report-number = { $value }
report-footer = Được tạo bằng redflag từ { $count } bản ghi lượt chơi. Trang chỉ cho thấy những gì đã được chơi, không bao giờ cho biết ai đã chơi.
report-chart-part = { $title } ({ $from }–{ $to } trên { $total })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC dùng mọi câu trả lời trên thang sáu mức: đó là khả năng người chơi đánh giá một vụ lừa đảo là lừa đảo nhiều hơn một lời mời thật. 0,5 là đoán mò, 1 là phân biệt đúng mọi cặp.
report-quiz-auc = Phân biệt thật và lừa đảo, mọi mức đánh giá (AUC)
report-quiz-reading-auc = { $direction ->
    [up] Sau trò chơi, cả phòng phân biệt lừa đảo với lời mời thật tốt hơn (trước { $before }, sau { $after }), nhiều hơn mức tình cờ có thể giải thích.
    [down] Sau trò chơi, cả phòng phân biệt lừa đảo với lời mời thật kém hơn (trước { $before }, sau { $after }): nên hỏi vì sao.
    [unclear] Trước { $before }, sau { $after }: thay đổi nằm trong mức tình cờ có thể tạo ra, nên chưa thấy khác biệt rõ.
   *[none] Trước { $before }, sau { $after }. Không ai làm bài trắc nghiệm cả hai lần, nên không có thay đổi để đọc.
}
report-forms-title = Mỗi người chơi làm nửa nào của bài trắc nghiệm trước
report-forms-label = Đề { $form } trước
report-forms-bar = { $count } trên { $total } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } người làm đề A trước và { $b } người làm đề B: chia đủ đều để độ khó khác nhau của hai nửa không bị coi là học được.
   *[uneven] { $a } người làm đề A trước và { $b } người làm đề B: hãy đọc thay đổi từ trước đến sau một cách thận trọng.
}
report-forms-uneven = Các đề được chia { $a } với { $b }, lệch hơn 40 với 60: thay đổi từ trước đến sau trộn lẫn việc học với sự khác nhau giữa hai nửa bài trắc nghiệm. Hãy phát mã người tham gia theo thứ tự (P01, P02, …) hoặc để phòng tự chia đề.
report-forms-few = { $count ->
   *[other] Chỉ { $count } người chơi làm đề { $form } trước, ít hơn { $min }: độ khó của nửa đó hầu như chưa được cân bằng.
}
report-col-form = Đề
report-col-players = Người chơi
report-live-refused = Trang này dành cho người điều phối. Hãy mở trên máy tính đang chạy phòng, hoặc thêm ?facilitator= và mã người điều phối hiện trên bảng điều khiển của phòng.
