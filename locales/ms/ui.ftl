# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = Belajar mengenal tanda amaran tawaran kerja palsu, pusat penipuan dan penipuan dalam talian, dengan mengalaminya secara selamat.
narrator = Pencerita
you = Anda
# $minutes: how long a scenario takes
minutes = { $minutes } minit
# $count: how many red flags a scenario teaches
redflag-count = { $count } tanda bahaya
content-note-title = Nota kandungan
content-note-leave = Anda boleh berhenti seketika atau keluar pada bila-bila masa: taip q (atau tekan q dalam permainan). Kemajuan anda disimpan.
press-enter = Tekan Enter untuk teruskan.
# $count: the number of choices
choose-prompt = Taip nombor dari 1 hingga { $count } dan tekan Enter.
choose-invalid = Sila taip nombor dari 1 hingga { $count }.
choose-quit-hint = (Taip q untuk keluar.)
# $name: the red flag's short name
feedback-spotted = Anda nampak satu tanda bahaya: { $name }
feedback-missed = Satu tanda bahaya terlepas: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = Tamat: { $outcome }
debrief-title = Apa yang berlaku, dan tanda bahaya di sepanjang laluan anda:
# $spotted, $total: numbers of red flags
debrief-score = Anda nampak { $spotted } daripada { $total } tanda bahaya. Setiap satu ialah taktik yang berkesan terhadap ramai orang; mengenalinya itulah yang melindungi anda.
debrief-none = Tiada tanda bahaya di laluan ini.
debrief-spotted = Dikesan
debrief-missed = Terlepas
debrief-advice = Apa yang perlu dibuat:
help-title = Tempat untuk mendapatkan bantuan
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] Jika anda telah menghantar wang: segera telefon bank anda dan minta bayaran itu dihentikan atau ditarik balik, kemudian laporkan kepada unit siber polis atau talian penipuan kebangsaan, bersama setiap mesej, akaun dan bayaran. Jangan sekali-kali membayar sesiapa yang menawarkan untuk mendapatkan semula wang itu dengan bayaran: itu penipuan kedua. Ini bukan salah anda, dan bercakap dengan orang yang anda percayai membantu. Tempat untuk dihubungi:
    [held-abroad] Jika anda atau orang yang anda kenali ditahan di luar negara: sampaikan berita kepada kedutaan, talian bantuan kebangsaan atau keluarga anda, tentang di mana anda berada, nama tempat itu dan berapa ramai orang di sana. Berhampiran pusat penipuan, polis tempatan mungkin berhubung dengan para bos, jadi hubungi ini dahulu:
    [family] Jika ahli keluarga anda ditahan di luar negara: jangan hantar wang seorang diri. Bawa dahulu setiap tuntutan, nombor dan mesej kepada kedutaan atau talian bantuan kebangsaan; mereka boleh bertindak tanpa menambah bahaya kepada saudara anda. Hubungi mereka di sini:
   *[other] Sebelum menerima kerja di luar negara: semak majikan dan agensi itu dengan agensi pekerja migran negara anda, jangan sekali-kali serahkan pasport anda, dan beritahu orang yang anda percayai ke mana anda pergi. Jika anda atau orang yang anda kenali dalam bahaya, hubungi kedutaan anda atau salah satu daripada ini:
}
# $contact: a phone number or address
help-contact = Hubungi: { $contact }
session-left = Anda telah keluar dari sesi. Itu sentiasa tidak mengapa. Jaga diri anda.
scenario-list-title = Senario:
# $count: the number of scenarios
scenario-pick = Pilih senario: taip nombor dari 1 hingga { $count } dan tekan Enter.
unknown-scenario = Senario itu tidak wujud.
no-scenarios = Tiada senario untuk dimainkan.

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = Laman web
channel-jobsite = Laman kerja
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = Aplikasi temu janji
channel-sms = SMS
channel-email = E-mel
channel-call = Panggilan telefon
channel-in-person = Bersemuka
channel-narration = Cerita

outcome-safe = Selamat
outcome-scammed = Ditipu
outcome-paid = Sudah membayar, dan tuntutan terus datang
outcome-trafficked = Diperdagangkan
outcome-escaped = Berjaya melarikan diri
outcome-helped = Anda membantu seseorang

stage-advert = Iklan kerja
stage-recruiter = Perekrut
stage-travel = Perjalanan dan ketibaan
stage-compound = Di dalam pusat penipuan
stage-target = Orang yang ditipu

## The full-screen game

title-scenarios = Senario
# $title: a scenario's title
title-resume = Sambung: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = Anda meninggalkan “{ $title }” separuh jalan. Taip 1 untuk menyambung dari tempat anda berhenti, atau 2 untuk memulakan yang baharu.
resume-changed = Senario ini telah berubah sejak anda berhenti, jadi ia bermula semula dari awal.
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = Senario ini telah berubah pada cakera dan bahagian tempat anda berada sudah tiada. Pilih senario ini untuk bermula semula.
keys-title = ↑↓ gerak · Enter main · l bahasa · h buku panduan · s tetapan · ? bantuan · q keluar
keys-list = ↑↓ gerak · Enter pilih · Esc kembali
keys-play = ↑↓ gerak · Enter atau 1-9 pilih · PgUp/PgDn tatal · ? bantuan · q keluar
keys-continue = Enter teruskan · PgUp/PgDn tatal · ? bantuan · q keluar
keys-typing = mana-mana kekunci: tunjuk semua · q keluar
keys-scroll = ↑↓ PgUp PgDn tatal · Esc kembali
keys-debrief = ↑↓ tatal · r cuba laluan lain · t skrin utama · ? bantuan
keys-rewind = ↑↓ gerak · Enter kembali ke pilihan ini · Esc batal
play-what-now = Apa yang anda buat?
play-continue = Teruskan
play-ending-continue = Lihat apa yang berlaku, dan tanda bahaya di sepanjang laluan anda
play-feedback = Maksud pilihan ini
# $spotted, $missed: numbers of red flags so far
status-redflags = Tanda bahaya: { $spotted } dikesan · { $missed } terlepas
debrief-rewind-title = Kembali ke satu pilihan dan cuba laluan lain
handbook-title = Buku panduan tanda bahaya
handbook-locked = Berkunci: temui tanda bahaya ini dalam senario untuk membacanya
handbook-source = Sumber:
# $met, $total: numbers of red flags
handbook-met = Anda telah menemui { $met } daripada { $total } tanda bahaya.
language-title = Bahasa
language-status-complete = lengkap
language-status-reviewed = telah disemak
language-status-machine-drafted = draf mesin, belum disemak
language-status-partial = diterjemah sebahagian
settings-title = Tetapan
# $name: the language's own name
settings-language = Bahasa: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = Warna: { $theme }
# $state: setting-on or setting-off
settings-typing = Jeda menaip dalam sembang: { $state }
theme-default = standard
theme-high-contrast = kontras tinggi
setting-on = hidup
setting-off = mati
help-keys-title = Kekunci
help-keys =
    ↑ ↓ atau j k        gerak
    Enter atau 1-9      pilih
    Enter atau Space    teruskan
    PgUp PgDn           tatal mesej
    klik tetikus        pilih, teruskan
    r                   cuba laluan lain (selepas pengakhiran)
    l h s               bahasa, buku panduan, tetapan (skrin utama)
    q atau Esc          keluar (kemajuan anda disimpan)
    ?                   bantuan ini
help-close = Tekan mana-mana kekunci untuk menutup bantuan ini.
confirm-leave = Keluar dari senario ini? Kemajuan anda disimpan: anda boleh menyambungnya dari skrin utama.
confirm-quit = Keluar dari redflag?
confirm-keys = y ya · n tidak
# $width, $height: the smallest window size
too-small = Sila besarkan tetingkap: sekurang-kurangnya { $width } × { $height }.
errors-title = Kandungan ada ralat: betulkannya, kemudian kembali ke skrin utama
content-note-keys = Enter mula · Esc kembali
# $name: who sent the email
email-from = Daripada: { $name }

## The discernment quiz

quiz-title-pre = Sebelum bermain: tulen atau penipuan?
quiz-title-post = Selepas bermain: tulen atau penipuan?
# $count: the number of items
quiz-intro = Anda akan melihat { $count } mesej dan iklan pendek. Sesetengahnya tulen, sesetengahnya penipuan. Bagi setiap satu, nyatakan sejauh mana anda yakin. Tiada had masa.
# $n: this item's number; $count: how many
quiz-progress = { $n } daripada { $count }
quiz-scale = 1 pasti selamat · 2 besar kemungkinan selamat · 3 mungkin selamat · 4 mungkin penipuan · 5 besar kemungkinan penipuan · 6 pasti penipuan
quiz-prompt = Taip nombor dari 1 hingga 6 dan tekan Enter.
quiz-invalid = Sila taip nombor dari 1 hingga 6.
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] Anda dapat membezakan penipuan daripada tawaran tulen dengan baik: anda menilai penipuan lebih mencurigakan daripada yang tulen.
    [some] Anda dapat membezakan sebahagian penipuan daripada tawaran tulen: selalunya anda menilai penipuan lebih tinggi, tetapi tidak setiap kali.
   *[low] Kali ini sukar untuk membezakan penipuan daripada tawaran tulen: jawapan anda hampir seperti meneka.
} Anda menganggap { $hits } daripada { $scams } penipuan sebagai penipuan, dan { $false_alarms } daripada { $genuine } yang tulen juga sebagai penipuan. { $lean ->
    [all-scam] Anda menganggap semuanya penipuan. Berhati-hati itu baik, tetapi ia tidak memberitahu tawaran mana yang tulen, dan kerja sebenar serta bantuan sebenar juga wujud.
    [all-safe] Anda menganggap semuanya selamat. Sebahagiannya penipuan: tanda bahaya dalam permainan ini membantu anda mengenalinya.
    [suspicious] Anda cenderung menganggap sesuatu sebagai penipuan. Berhati-hati itu baik, tetapi kerja sebenar dan bantuan sebenar juga wujud.
    [trusting] Anda cenderung menganggap sesuatu selamat: sesetengah penipuan kelihatan tulen kepada anda.
   *[balanced] Anda tidak condong ke arah "selamat" atau "penipuan".
}
quiz-review-title = Jawapannya:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] tulen
   *[no] penipuan
}. Jawapan anda: { $rating ->
    [1] 1, pasti selamat
    [2] 2, besar kemungkinan selamat
    [3] 3, mungkin selamat
    [4] 4, mungkin penipuan
    [5] 5, besar kemungkinan penipuan
   *[6] 6, pasti penipuan
}.

## Facilitator mode and the quiz in the full-screen game

facilitator-held = Pilihan kumpulan sudah diterima. Bincangkan dahulu; kemudian tekan r untuk mendedahkan maksudnya.
facilitator-discuss = Bincangkan:
keys-held = r dedahkan · ? bantuan · q keluar
keys-play-facilitator = ↑↓ gerak · Enter atau 1-9 pilih · c kira undian kumpulan · ? bantuan · q keluar
keys-quiz = 1-6 jawab · ↑↓ Enter · q keluar
keys-continue-only = Enter teruskan · ↑↓ tatal
room-title = Soalan untuk kumpulan
room-what-happened = Apa yang berlaku dalam cerita ini? Siapa yang dibantu, dan siapa yang dianiaya?
room-what-noticed = Apa yang anda perasan sepanjang cerita? Tanda amaran mana yang muncul, dan mana yang terlepas?
room-what-would-you-do = Apa yang akan anda buat, atau nasihatkan kawan buat, jika tawaran atau mesej ini sampai kepada anda?
room-where-help = Di mana seseorang boleh mendapatkan bantuan di sini, hari ini? (Senarainya di bawah.)
tally-title = Berapa ramai dalam kumpulan memilih setiap pilihan?
keys-tally = ↑↓ gerak · taip nombor · Backspace · Enter simpan · Esc batal
# $state: setting-on or setting-off
settings-quiz = Kuiz sebelum dan selepas setiap senario: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = Terima kasih kerana bermain
room-goodbye = Sesi ini telah tamat. Pilihan anda disimpan untuk perbincangan kumpulan, tanpa nama anda.
room-goodbye-keys = Tekan mana-mana kekunci untuk menutup.
room-wrong-code = Kod bilik itu tidak betul. Semak kod yang dipaparkan di hadapan bilik, kemudian sambung semula.
room-full = Bilik penuh buat masa ini. Beritahu fasilitator, kemudian cuba lagi dalam seminit.
room-paused = Bilik tidak menerima pemain baharu buat masa ini. Beritahu fasilitator.
room-participant-prompt = Taip kod peserta yang diberi oleh fasilitator (seperti P07), kemudian tekan Enter. Jangan nama anda.
room-participant-invalid = Kod hanya mengandungi huruf, angka, - atau _, seperti P07. Sila cuba lagi.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” kelihatan seperti nama. Rekod menyimpan kod seperti P07, bukan nama. Taip kod sebagai ganti, atau tekan Enter untuk kekalkan “{ $code }”.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” kelihatan seperti nama. Bilik ini menyimpan kod seperti P07, bukan nama. Taip kod sebagai ganti, atau tekan Enter untuk kekalkan “{ $code }”.

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: bilik
web-code-label = Kod bilik
web-join = Sertai
web-connecting = Menyambung…
web-closed = Sesi telah tamat. Untuk bermain lagi, tekan "Sertai".
web-lost = Sambungan ke bilik terputus. Semak Wi-Fi, kemudian tekan "Sertai".
web-terminal = Permainan
web-keys = Kekunci
web-key-1 = Pilih 1
web-key-2 = Pilih 2
web-key-3 = Pilih 3
web-key-4 = Pilih 4
web-key-enter = Enter: teruskan
web-key-up = Tatal ke atas
web-key-down = Tatal ke bawah
web-key-help = Bantuan: kekunci
web-key-leave = Keluar dari senario

## The country picker
settings-country = Negara untuk bantuan: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = Simpan rekod setiap sesi di komputer ini (untuk laporan bengkel): { $state }
country-title = Negara anda
country-first = Di manakah anda tinggal? Permainan ini menunjukkan bantuan yang boleh anda hubungi dari sana: talian bantuan, agensi, tempat membuat laporan. Taip untuk mencari negara anda, atau pilih "Negara lain". Anda boleh menukarnya kemudian dalam tetapan.
country-filter = Cari:
country-none = belum dipilih
country-other = Negara lain (tunjukkan hanya bantuan untuk semua orang)
keys-country = taip untuk mencari · ↑↓ gerak · Enter pilih · Esc kembali
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = Sumber: { $sources }

## Country names, for the picker
country-au = Australia
country-cn = China
country-et = Habsyah
country-id = Indonesia
country-in = India
country-ke = Kenya
country-kh = Kemboja
country-la = Laos
country-lk = Sri Lanka
country-my = Malaysia
country-ng = Nigeria
country-np = Nepal
country-ph = Filipina
country-th = Thailand
country-ug = Uganda
country-us = Amerika Syarikat
country-vn = Vietnam

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ ada lagi di atas (PgUp)
more-below = ↓ ada lagi di bawah (PgDn)
press-enter-typed = (Tiada apa untuk dipilih di sini, jadi apa yang anda taip tidak digunakan. Cerita bersambung.)
tally-shown = { $count ->
    [one] 1 dalam bilik
   *[other] { $count } dalam bilik
}
