# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = ฝึกสังเกตสัญญาณอันตรายของงานหลอกลวง ศูนย์สแกมเมอร์ และการหลอกลวงออนไลน์ ผ่านการลองเจอเหตุการณ์จริงอย่างปลอดภัย
narrator = ผู้เล่าเรื่อง
you = คุณ
# $minutes: how long a scenario takes
minutes = { $minutes } นาที
# $count: how many red flags a scenario teaches
redflag-count = สัญญาณอันตราย { $count } ข้อ
content-note-title = คำเตือนเรื่องเนื้อหา
content-note-leave = คุณหยุดพักหรือออกได้ทุกเมื่อ: พิมพ์ q (หรือกด q ในเกม) ระบบจะเก็บความคืบหน้าของคุณไว้
press-enter = กด Enter เพื่อไปต่อ
# $count: the number of choices
choose-prompt = พิมพ์ตัวเลข 1 ถึง { $count } แล้วกด Enter
choose-invalid = กรุณาพิมพ์ตัวเลข 1 ถึง { $count }
choose-quit-hint = (พิมพ์ q เพื่อออก)
# $name: the red flag's short name
feedback-spotted = คุณสังเกตเห็นสัญญาณอันตราย: { $name }
feedback-missed = สัญญาณอันตรายที่หลุดผ่านไป: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = ตอนจบ: { $outcome }
debrief-title = สิ่งที่เกิดขึ้น และสัญญาณอันตรายที่คุณเจอระหว่างทาง:
# $spotted, $total: numbers of red flags
debrief-score = คุณสังเกตเห็นสัญญาณอันตราย { $spotted } จาก { $total } ข้อ แต่ละข้อคือกลอุบายที่ได้ผลกับคนจำนวนมาก การรู้ทันคือสิ่งที่ปกป้องคุณ
debrief-none = เส้นทางนี้ไม่มีสัญญาณอันตรายเลย
debrief-spotted = สังเกตเห็น
debrief-missed = หลุดผ่านไป
debrief-advice = สิ่งที่ควรทำ:
help-title = ขอความช่วยเหลือได้ที่ไหน
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] ถ้าคุณโอนเงินไปแล้ว: โทรหาธนาคารทันทีและขอให้ระงับหรือเรียกเงินคืน แล้วแจ้งตำรวจไซเบอร์หรือสายด่วนรับแจ้งการหลอกลวงของประเทศ พร้อมข้อความ บัญชี และหลักฐานการโอนทั้งหมด อย่าจ่ายเงินให้ใครที่เสนอจะตามเงินคืนโดยเก็บค่าธรรมเนียม เพราะนั่นคือการหลอกซ้ำ นี่ไม่ใช่ความผิดของคุณ และการได้คุยกับคนที่ไว้ใจจะช่วยได้ ติดต่อได้ที่:
    [held-abroad] ถ้าคุณหรือคนที่คุณรู้จักถูกกักตัวในต่างประเทศ: ส่งข่าวถึงสถานทูต สายด่วนระดับชาติ หรือครอบครัว ว่าคุณอยู่ที่ไหน สถานที่ชื่ออะไร และมีคนอยู่กี่คน ตำรวจท้องถิ่นใกล้แหล่งหลอกลวงอาจติดต่อกับหัวหน้าแก๊ง จึงควรติดต่อหน่วยงานเหล่านี้ก่อน:
    [family] ถ้าคนในครอบครัวของคุณถูกกักตัวในต่างประเทศ: อย่าโอนเงินเองตามลำพัง นำทุกข้อเรียกร้อง หมายเลข และข้อความไปให้สถานทูตหรือสายด่วนระดับชาติก่อน พวกเขาช่วยได้โดยไม่ทำให้ญาติของคุณเสี่ยงมากขึ้น ติดต่อได้ที่:
   *[other] ก่อนรับงานในต่างประเทศ: ตรวจสอบนายจ้างและบริษัทจัดหางานกับหน่วยงานรัฐที่ดูแลแรงงานไปต่างประเทศ อย่ามอบหนังสือเดินทางให้ใคร และบอกคนที่คุณไว้ใจว่าคุณจะไปที่ไหน ถ้าคุณหรือคนที่คุณรู้จักกำลังตกอยู่ในอันตราย ให้ติดต่อสถานทูตของคุณ หรือหน่วยงานเหล่านี้:
}
# $contact: a phone number or address
help-contact = ติดต่อ: { $contact }
session-left = คุณออกจากเกมแล้ว ซึ่งทำได้เสมอ ดูแลตัวเองด้วยนะ
scenario-list-title = เรื่องราว:
# $count: the number of scenarios
scenario-pick = เลือกเรื่องราว: พิมพ์ตัวเลข 1 ถึง { $count } แล้วกด Enter
unknown-scenario = ไม่มีเรื่องราวนี้
no-scenarios = ยังไม่มีเรื่องราวให้เล่น

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = เว็บไซต์
channel-jobsite = เว็บหางาน
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = แอปหาคู่
channel-sms = ข้อความ SMS
channel-email = อีเมล
channel-call = โทรศัพท์
channel-in-person = เจอกันต่อหน้า
channel-narration = เรื่องเล่า

outcome-safe = ปลอดภัย
outcome-scammed = ถูกหลอก
outcome-paid = จ่ายไปแล้ว แต่ยังถูกเรียกเงินต่อ
outcome-trafficked = ตกเป็นเหยื่อการค้ามนุษย์
outcome-escaped = ออกมาได้
outcome-helped = คุณได้ช่วยคนอื่น

stage-advert = ประกาศรับสมัครงาน
stage-recruiter = นายหน้าจัดหางาน
stage-travel = การเดินทางและการมาถึง
stage-compound = ภายในศูนย์สแกมเมอร์
stage-target = คนที่ถูกหลอก

## The full-screen game

title-scenarios = เรื่องราว
# $title: a scenario's title
title-resume = เล่นต่อ: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = คุณออกจาก “{ $title }” ไว้กลางทาง พิมพ์ 1 เพื่อเล่นต่อจากที่ค้างไว้ หรือ 2 เพื่อเริ่มเรื่องใหม่
resume-changed = สถานการณ์นี้เปลี่ยนไปหลังจากที่คุณหยุดพัก จึงเริ่มใหม่ตั้งแต่ต้น
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = สถานการณ์นี้ถูกแก้ไขในไฟล์ และจุดที่คุณอยู่ไม่มีแล้ว เลือกสถานการณ์นี้เพื่อเริ่มใหม่
keys-title = ↑↓ เลื่อน · Enter เล่น · l ภาษา · h คู่มือ · s ตั้งค่า · ? ช่วยเหลือ · q ออก
keys-list = ↑↓ เลื่อน · Enter เลือก · Esc กลับ
keys-play = ↑↓ เลื่อน · Enter หรือ 1-9 เลือก · PgUp/PgDn เลื่อนข้อความ · ? ช่วยเหลือ · q ออก
keys-continue = Enter ไปต่อ · PgUp/PgDn เลื่อนข้อความ · ? ช่วยเหลือ · q ออก
keys-typing = กดปุ่มใดก็ได้: แสดงทั้งหมด · q ออก
keys-scroll = ↑↓ PgUp PgDn เลื่อน · Esc กลับ
keys-debrief = ↑↓ เลื่อน · r ลองเส้นทางอื่น · t หน้าแรก · ? ช่วยเหลือ
keys-rewind = ↑↓ เลื่อน · Enter ย้อนกลับไปที่ตัวเลือกนี้ · Esc ยกเลิก
play-what-now = คุณจะทำอย่างไร?
play-continue = ไปต่อ
play-ending-continue = ดูว่าเกิดอะไรขึ้น และสัญญาณอันตรายที่คุณเจอระหว่างทาง
play-feedback = ตัวเลือกนี้หมายความว่าอะไร
# $spotted, $missed: numbers of red flags so far
status-redflags = สัญญาณอันตราย: สังเกตเห็น { $spotted } · หลุดผ่านไป { $missed }
debrief-rewind-title = ย้อนกลับไปที่ตัวเลือก แล้วลองเส้นทางอื่น
handbook-title = คู่มือสัญญาณอันตราย
handbook-locked = ยังล็อกอยู่: เจอสัญญาณอันตรายข้อนี้ในเรื่องราวก่อน จึงจะอ่านได้
handbook-source = แหล่งที่มา:
# $met, $total: numbers of red flags
handbook-met = คุณเจอสัญญาณอันตรายแล้ว { $met } จาก { $total } ข้อ
language-title = ภาษา
language-status-complete = สมบูรณ์
language-status-reviewed = ตรวจทานแล้ว
language-status-machine-drafted = แปลด้วยเครื่อง ยังไม่ได้ตรวจทาน
language-status-partial = แปลแล้วบางส่วน
settings-title = การตั้งค่า
# $name: the language's own name
settings-language = ภาษา: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = สี: { $theme }
# $state: setting-on or setting-off
settings-typing = หยุดรอการพิมพ์ในแชต: { $state }
theme-default = มาตรฐาน
theme-high-contrast = คอนทราสต์สูง
setting-on = เปิด
setting-off = ปิด
help-keys-title = ปุ่มกด
help-keys =
    ↑ ↓ หรือ j k      เลื่อน
    Enter หรือ 1-9    เลือก
    Enter หรือ Space  ไปต่อ
    PgUp PgDn        เลื่อนข้อความ
    คลิกเมาส์          เลือก ไปต่อ
    r                ลองเส้นทางอื่น (หลังตอนจบ)
    l h s            ภาษา คู่มือ การตั้งค่า (หน้าแรก)
    q หรือ Esc        ออก (ระบบจะเก็บความคืบหน้าไว้)
    ?                หน้าช่วยเหลือนี้
help-close = กดปุ่มใดก็ได้เพื่อปิดหน้าช่วยเหลือนี้
confirm-leave = ออกจากเรื่องราวนี้ไหม? ระบบจะเก็บความคืบหน้าไว้ คุณเล่นต่อได้จากหน้าแรก
confirm-quit = ออกจาก redflag ไหม?
confirm-keys = y ใช่ · n ไม่
# $width, $height: the smallest window size
too-small = กรุณาขยายหน้าต่างให้ใหญ่ขึ้น: อย่างน้อย { $width } × { $height }
errors-title = เนื้อหามีข้อผิดพลาด: แก้ไขให้เรียบร้อย แล้วกลับมาที่หน้าแรก
content-note-keys = Enter เริ่ม · Esc กลับ
# $name: who sent the email
email-from = จาก: { $name }

## The discernment quiz

quiz-title-pre = ก่อนเล่น: ของจริงหรือหลอกลวง?
quiz-title-post = หลังเล่น: ของจริงหรือหลอกลวง?
# $count: the number of items
quiz-intro = คุณจะได้เห็นข้อความและประกาศสั้น ๆ { $count } ชิ้น บางชิ้นเป็นของจริง บางชิ้นเป็นการหลอกลวง แต่ละชิ้น ให้บอกว่าคุณมั่นใจแค่ไหน ไม่มีการจำกัดเวลา
# $n: this item's number; $count: how many
quiz-progress = { $n } จาก { $count }
quiz-scale = 1 ปลอดภัยแน่นอน · 2 น่าจะปลอดภัย · 3 อาจจะปลอดภัย · 4 อาจจะหลอกลวง · 5 น่าจะหลอกลวง · 6 หลอกลวงแน่นอน
quiz-prompt = พิมพ์ตัวเลข 1 ถึง 6 แล้วกด Enter
quiz-invalid = กรุณาพิมพ์ตัวเลข 1 ถึง 6
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] คุณแยกการหลอกลวงออกจากข้อเสนอจริงได้ดี คุณให้คะแนนข้อความหลอกลวงว่าน่าสงสัยมากกว่าข้อความจริง
    [some] คุณแยกการหลอกลวงออกจากข้อเสนอจริงได้บางส่วน บ่อยครั้งคุณให้คะแนนข้อความหลอกลวงสูงกว่า แต่ไม่ทุกครั้ง
   *[low] ครั้งนี้การแยกการหลอกลวงออกจากข้อเสนอจริงเป็นเรื่องยาก คำตอบของคุณใกล้เคียงกับการเดา
}{" "}คุณบอกว่า { $hits } จาก { $scams } ข้อความหลอกลวงเป็นการหลอกลวง และบอกว่า { $false_alarms } จาก { $genuine } ข้อความจริงเป็นการหลอกลวงด้วย{" "}{ $lean ->
    [all-scam] คุณบอกว่าทุกข้อเป็นการหลอกลวง การระวังตัวเป็นเรื่องดี แต่ไม่ได้บอกว่าข้อเสนอไหนเป็นของจริง และงานจริงกับความช่วยเหลือจริงก็มีอยู่
    [all-safe] คุณบอกว่าทุกข้อปลอดภัย บางข้อเป็นการหลอกลวง สัญญาณอันตรายในเกมนี้ช่วยให้คุณมองเห็นมัน
    [suspicious] คุณเอนเอียงไปทางบอกว่าเป็นการหลอกลวง การระวังตัวเป็นเรื่องดี แต่งานจริงและความช่วยเหลือจริงก็มีอยู่
    [trusting] คุณเอนเอียงไปทางบอกว่าปลอดภัย การหลอกลวงบางชิ้นดูเหมือนของจริงสำหรับคุณ
   *[balanced] คุณไม่ได้เอนเอียงไปทาง "ปลอดภัย" หรือ "หลอกลวง"
}
quiz-review-title = คำตอบ:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] ของจริง
   *[no] หลอกลวง
} · คำตอบของคุณ: { $rating ->
    [1] 1 ปลอดภัยแน่นอน
    [2] 2 น่าจะปลอดภัย
    [3] 3 อาจจะปลอดภัย
    [4] 4 อาจจะหลอกลวง
    [5] 5 น่าจะหลอกลวง
   *[6] 6 หลอกลวงแน่นอน
}

## Facilitator mode and the quiz in the full-screen game

facilitator-held = ได้คำตอบของกลุ่มแล้ว คุยกันก่อน แล้วกด r เพื่อดูว่าตัวเลือกนี้หมายความว่าอะไร
facilitator-discuss = ชวนคุย:
keys-held = r เปิดดู · ? ช่วยเหลือ · q ออก
keys-play-facilitator = ↑↓ เลื่อน · Enter หรือ 1-9 เลือก · c นับเสียงในห้อง · ? ช่วยเหลือ · q ออก
keys-quiz = 1-6 ตอบ · ↑↓ Enter · q ออก
keys-continue-only = Enter ไปต่อ · ↑↓ เลื่อน
room-title = คำถามสำหรับทุกคนในห้อง
room-what-happened = เกิดอะไรขึ้นในเรื่องนี้? ใครได้รับความช่วยเหลือ และใครได้รับความเสียหาย?
room-what-noticed = ระหว่างทางคุณสังเกตเห็นอะไรบ้าง? มีสัญญาณเตือนอะไรเกิดขึ้น และอะไรที่หลุดผ่านไป?
room-what-would-you-do = ถ้าข้อเสนอหรือข้อความนี้มาถึงคุณ คุณจะทำอย่างไร หรือจะบอกเพื่อนให้ทำอย่างไร?
room-where-help = วันนี้ ที่นี่ คนเราจะขอความช่วยเหลือได้ที่ไหน? (ดูรายชื่อด้านล่าง)
tally-title = ในห้องนี้ มีกี่คนที่เลือกแต่ละตัวเลือก?
keys-tally = ↑↓ เลื่อน · พิมพ์ตัวเลข · Backspace ลบ · Enter บันทึก · Esc ยกเลิก
# $state: setting-on or setting-off
settings-quiz = แบบทดสอบก่อนและหลังแต่ละเรื่องราว: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = ขอบคุณที่ร่วมเล่น
room-goodbye = เซสชันนี้จบแล้ว สิ่งที่คุณเลือกถูกเก็บไว้เพื่อการพูดคุยของกลุ่ม โดยไม่มีชื่อของคุณ
room-goodbye-keys = กดปุ่มใดก็ได้เพื่อปิด
room-wrong-code = รหัสห้องไม่ถูกต้อง ตรวจดูรหัสที่แสดงอยู่หน้าห้อง แล้วเชื่อมต่อใหม่
room-full = ตอนนี้ห้องเต็มแล้ว แจ้งผู้ดำเนินกิจกรรม แล้วลองใหม่ในอีกหนึ่งนาที
room-paused = ตอนนี้ห้องยังไม่รับผู้เล่นใหม่ แจ้งผู้ดำเนินกิจกรรม
room-participant-prompt = พิมพ์รหัสผู้เข้าร่วมที่ผู้ดำเนินกิจกรรมให้ (เช่น P07) แล้วกด Enter ห้ามใช้ชื่อของคุณ
room-participant-invalid = รหัสมีได้เฉพาะตัวอักษร ตัวเลข - หรือ _ เช่น P07 โปรดลองอีกครั้ง
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” ดูเหมือนชื่อคน บันทึกเก็บเป็นรหัส เช่น P07 ไม่ใช่ชื่อ พิมพ์รหัสแทน หรือกด Enter เพื่อใช้ “{ $code }” ต่อ
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” ดูเหมือนชื่อคน ห้องนี้เก็บเป็นรหัส เช่น P07 ไม่ใช่ชื่อ พิมพ์รหัสแทน หรือกด Enter เพื่อใช้ “{ $code }” ต่อ

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: ห้อง
web-code-label = รหัสห้อง
web-join = เข้าร่วม
web-connecting = กำลังเชื่อมต่อ…
web-closed = เซสชันจบแล้ว หากต้องการเล่นอีกครั้ง กด "เข้าร่วม"
web-lost = การเชื่อมต่อกับห้องขาดหายไป ตรวจดู Wi-Fi แล้วกด "เข้าร่วม"
web-terminal = เกม
web-keys = ปุ่มกด
web-key-1 = เลือก 1
web-key-2 = เลือก 2
web-key-3 = เลือก 3
web-key-4 = เลือก 4
web-key-enter = Enter: ไปต่อ
web-key-up = เลื่อนขึ้น
web-key-down = เลื่อนลง
web-key-help = ช่วยเหลือ: ปุ่มกด
web-key-leave = ออกจากเรื่องราว

## The country picker
settings-country = ประเทศสำหรับความช่วยเหลือ: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = เก็บบันทึกของแต่ละรอบไว้ในคอมพิวเตอร์เครื่องนี้ (สำหรับรายงานเวิร์กช็อป): { $state }
country-title = ประเทศของคุณ
country-first = คุณอยู่ที่ไหน เกมจะแสดงความช่วยเหลือที่คุณติดต่อได้จากที่นั่น: สายด่วน หน่วยงาน และที่แจ้งความ พิมพ์เพื่อค้นหาประเทศของคุณ หรือเลือก "ประเทศอื่น" คุณเปลี่ยนได้ภายหลังในการตั้งค่า
country-filter = ค้นหา:
country-none = ยังไม่ได้เลือก
country-other = ประเทศอื่น (แสดงเฉพาะความช่วยเหลือสำหรับทุกคน)
keys-country = พิมพ์เพื่อค้นหา · ↑↓ เลื่อน · Enter เลือก · Esc กลับ
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = แหล่งที่มา: { $sources }

## Country names, for the picker
country-au = ออสเตรเลีย
country-cn = จีน
country-et = เอธิโอเปีย
country-id = อินโดนีเซีย
country-in = อินเดีย
country-ke = เคนยา
country-kh = กัมพูชา
country-la = ลาว
country-lk = ศรีลังกา
country-my = มาเลเซีย
country-ng = ไนจีเรีย
country-np = เนปาล
country-ph = ฟิลิปปินส์
country-th = ไทย
country-ug = ยูกันดา
country-us = สหรัฐอเมริกา
country-vn = เวียดนาม

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ ยังมีด้านบน (PgUp)
more-below = ↓ ยังมีด้านล่าง (PgDn)
press-enter-typed = (ตรงนี้ไม่มีอะไรให้เลือก สิ่งที่คุณพิมพ์จึงไม่ถูกใช้ เรื่องดำเนินต่อไป)
tally-shown = { $count ->
    [one] 1 คนในห้อง
   *[other] { $count } คนในห้อง
}
