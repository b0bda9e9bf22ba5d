# Machine-drafted translation: needs review by a native speaker.
## รายงานของห้องในรูปแบบหน้าเว็บ: `redflag report --format html` และปุ่ม `r` บนคอนโซล

report-page-title = สิ่งที่ทั้งห้องได้เรียนรู้
report-workshop = เวิร์กช็อป { $workshop }
report-privacy = หน้านี้ไม่มีชื่อและไม่มีรหัสผู้เข้าร่วม มีเพียงสิ่งที่ทั้งห้องทำ นับเป็นตัวเลข
report-privacy-codes = หน้านี้มีรหัสผู้เข้าร่วม แบ่งปันเฉพาะกับคนที่รู้ได้ว่ารหัสใดเป็นของใคร
report-glance-title = ภาพรวมของห้อง
report-sessions = รอบการเล่น
report-finished = เล่นจบ
report-scenarios-played = สถานการณ์ที่เล่น
report-empty = ยังไม่มีรอบการเล่นในบันทึกเหล่านี้
report-endings-title = เรื่องราวจบลงอย่างไร
report-not-finished = ยังไม่จบ
report-endings-reading = ตอนจบที่พบบ่อยที่สุด: { $outcome } ใน { $count } จาก { $total } รอบที่เล่นจบ
report-endings-none = ยังไม่มีรอบใดเล่นถึงตอนจบ
report-flags-title = สัญญาณอันตราย: สัดส่วนที่สังเกตเห็นแต่ละข้อ
report-flags-intro = ในรอบที่สัญญาณอันตรายข้อหนึ่งปรากฏ สัดส่วนที่สังเกตเห็นมัน ข้อที่ต่ำที่สุดมาก่อน นี่คือเรื่องที่ควรพูดคุยกัน
report-flags-bar = { $spotted } จาก { $met } ({ $percent }%)
report-percent = { $percent }%
report-flags-reading = หลุดรอดบ่อยที่สุด: { $flag } สังเกตเห็นเพียง { $spotted } จาก { $met } รอบที่มันปรากฏ
report-flags-none = ยังไม่มีสัญญาณอันตรายปรากฏ
report-quiz-title = แบบทดสอบ: แยกข้อเสนอจริงออกจากการหลอกลวง ก่อนและหลัง
report-quiz-intro = d′ คือความสามารถของผู้เล่นในการแยกข้อเสนอจริงออกจากการหลอกลวง: 0 คือการเดา ยิ่งสูงยิ่งดี เกณฑ์ (criterion) คือความพร้อมที่จะเรียกทุกอย่างว่าหลอกลวง: ต่ำกว่า 0 คือสงสัยทุกอย่าง สูงกว่า 0 คือไว้ใจง่าย การเรียนรู้แสดงออกที่ d′ ที่สูงขึ้น ไม่ใช่เกณฑ์ที่ต่ำลง เส้นที่ผ่านแต่ละจุดคือช่วง 95%: ที่ที่ค่าจริงของห้องน่าจะอยู่มากที่สุด
report-quiz-none = ไม่มีใครทำแบบทดสอบในบันทึกเหล่านี้
report-quiz-dprime = แยกของจริงกับการหลอกลวง (d′)
report-quiz-criterion = ความโน้มเอียง (เกณฑ์)
report-quiz-before = ก่อน
report-quiz-after = หลัง
report-quiz-change = การเปลี่ยนแปลง รายคน
report-quiz-reference = { $measure ->
    [criterion] ไม่โน้มเอียง
   *[other] การเดา
}
report-quiz-reading-dprime = { $direction ->
    [up] หลังเล่นเกม ทั้งห้องแยกการหลอกลวงออกจากข้อเสนอจริงได้ดีขึ้น (ก่อน { $before } หลัง { $after }) มากเกินกว่าที่ความบังเอิญจะอธิบายได้
    [down] หลังเล่นเกม ทั้งห้องแยกการหลอกลวงออกจากข้อเสนอจริงได้แย่ลง (ก่อน { $before } หลัง { $after }) ควรถามว่าทำไม
    [unclear] ก่อน { $before } หลัง { $after }: การเปลี่ยนแปลงยังอยู่ในขอบเขตของความบังเอิญ จึงยังไม่เห็นความแตกต่างชัดเจน
   *[none] ก่อน { $before } หลัง { $after } ไม่มีใครทำแบบทดสอบทั้งสองครั้ง จึงยังไม่มีการเปลี่ยนแปลงให้อ่าน
}
report-quiz-reading-criterion = { $direction ->
    [up] หลังเล่นเกม ทั้งห้องไว้ใจง่ายขึ้น (ก่อน { $before } หลัง { $after })
    [down] หลังเล่นเกม ทั้งห้องเรียกสิ่งต่าง ๆ ว่าหลอกลวงเร็วขึ้น (ก่อน { $before } หลัง { $after }) จะดีก็ต่อเมื่อ d′ สูงขึ้นด้วย
    [unclear] ก่อน { $before } หลัง { $after }: ทั้งห้องโน้มเอียงไปทางเดิมทั้งสองครั้ง
   *[none] ก่อน { $before } หลัง { $after } ไม่มีใครทำแบบทดสอบทั้งสองครั้ง จึงยังไม่มีการเปลี่ยนแปลงให้อ่าน
}
report-debrief-flags = ควรพูดคุยกันให้ละเอียด: สัญญาณอันตรายที่สังเกตเห็นน้อยที่สุด
report-codes-title = รหัสผู้เข้าร่วม
report-col-scenario = สถานการณ์
report-col-sessions = รอบการเล่น
report-col-finished = เล่นจบ
report-col-minutes = นาที (เฉลี่ย)
report-col-redflag = สัญญาณอันตราย
report-col-came-up = ปรากฏ
report-col-spotted = สังเกตเห็น
report-col-share = สัดส่วน
report-col-measure = แบบทดสอบ
report-col-mean = ค่าเฉลี่ย
report-col-interval = ช่วง 95%
report-col-n = จำนวนคน
report-col-code = รหัส
report-data = ตัวเลข
report-number = { $value }
report-footer = สร้างด้วย redflag จากบันทึก { $count } รอบการเล่น แสดงเพียงสิ่งที่เล่น ไม่เคยแสดงว่าใครเป็นคนเล่น
report-chart-part = { $title } ({ $from }–{ $to } จาก { $total })

## The quiz's AUC and the forms taken first.
# Machine-drafted translation: needs review by a native speaker.
report-quiz-auc-intro = AUC ใช้ทุกคำตอบในมาตรวัดหกระดับ: คือโอกาสที่ผู้เล่นให้คะแนนว่ากลโกงน่าจะเป็นกลโกงมากกว่าข้อเสนอจริง 0.5 คือการเดา 1 คือแยกได้ทุกคู่
report-quiz-auc = แยกของจริงกับกลโกง จากทุกคะแนน (AUC)
report-quiz-reading-auc = { $direction ->
    [up] หลังเล่นเกม ทั้งห้องแยกกลโกงออกจากข้อเสนอจริงได้ดีขึ้น (ก่อน { $before } หลัง { $after }) มากกว่าที่ความบังเอิญจะอธิบายได้
    [down] หลังเล่นเกม ทั้งห้องแยกกลโกงออกจากข้อเสนอจริงได้แย่ลง (ก่อน { $before } หลัง { $after }): ควรถามว่าเพราะอะไร
    [unclear] ก่อน { $before } หลัง { $after }: การเปลี่ยนแปลงอยู่ในช่วงที่ความบังเอิญให้ได้ จึงยังไม่เห็นความแตกต่างชัดเจน
   *[none] ก่อน { $before } หลัง { $after } ไม่มีใครทำแบบทดสอบทั้งสองครั้ง จึงอ่านการเปลี่ยนแปลงไม่ได้
}
report-forms-title = ผู้เล่นแต่ละคนทำแบบทดสอบครึ่งไหนก่อน
report-forms-label = ชุด { $form } ก่อน
report-forms-bar = { $count } จาก { $total } ({ $percent }%)
report-forms-reading = { $balance ->
    [even] { $a } คนทำชุด A ก่อน และ { $b } คนทำชุด B: แบ่งได้สมดุลพอที่ความยากของสองครึ่งจะไม่ดูเหมือนการเรียนรู้
   *[uneven] { $a } คนทำชุด A ก่อน และ { $b } คนทำชุด B: อ่านการเปลี่ยนแปลงจากก่อนไปหลังอย่างระมัดระวัง
}
report-forms-uneven = ชุดแบบทดสอบแบ่งเป็น { $a } ต่อ { $b } ไม่สมดุลยิ่งกว่า 40 ต่อ 60: การเปลี่ยนแปลงจากก่อนไปหลังปนการเรียนรู้กับความต่างของสองครึ่งของแบบทดสอบ ให้รหัสผู้เข้าร่วมตามลำดับ (P01, P02, …) หรือปล่อยให้ห้องเลือกชุดเอง
report-forms-few = { $count ->
   *[other] มีผู้เล่นเพียง { $count } คนที่ทำชุด { $form } ก่อน น้อยกว่า { $min }: ความยากของครึ่งนั้นแทบไม่ได้ถูกเฉลี่ย
}
report-col-form = ชุด
report-col-players = ผู้เล่น
report-live-refused = หน้านี้สำหรับผู้ดำเนินกิจกรรม เปิดบนคอมพิวเตอร์ที่รันห้อง หรือเติม ?facilitator= ตามด้วยรหัสผู้ดำเนินกิจกรรมที่แสดงบนคอนโซลของห้อง
