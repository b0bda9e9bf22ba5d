# Machine-drafted translation: needs review by a native speaker.
# The words of the interface. Variables are filled in by the game.

app-tagline = Belajar mengenali tanda bahaya lowongan kerja palsu, kompleks penipuan, dan penipuan online, dengan mengalaminya secara aman.
narrator = Narator
you = Anda
# $minutes: how long a scenario takes
minutes = { $minutes } menit
# $count: how many red flags a scenario teaches
redflag-count = { $count } tanda bahaya
content-note-title = Catatan isi
content-note-leave = Anda bisa berhenti sejenak atau keluar kapan saja: ketik q (atau tekan q dalam permainan). Kemajuan Anda tetap tersimpan.
press-enter = Tekan Enter untuk lanjut.
# $count: the number of choices
choose-prompt = Ketik angka 1 sampai { $count }, lalu tekan Enter.
choose-invalid = Mohon ketik angka 1 sampai { $count }.
choose-quit-hint = (Ketik q untuk keluar.)
# $name: the red flag's short name
feedback-spotted = Anda mengenali tanda bahaya: { $name }
feedback-missed = Ada tanda bahaya yang lolos: { $name }
# $outcome: the name of the ending, like "Safe"
ending-title = Akhir cerita: { $outcome }
debrief-title = Apa yang terjadi, dan tanda bahaya di jalan yang Anda pilih:
# $spotted, $total: numbers of red flags
debrief-score = Anda mengenali { $spotted } dari { $total } tanda bahaya. Setiap tanda adalah taktik yang berhasil menjerat banyak orang; mengenalinya adalah yang melindungi Anda.
debrief-none = Di jalan ini Anda tidak bertemu tanda bahaya.
debrief-spotted = Dikenali
debrief-missed = Lolos
debrief-advice = Yang sebaiknya dilakukan:
help-title = Tempat mencari bantuan
# $kind: the scenario's situation: job-abroad, held-abroad, scam-loss, family (any: the handbook)
help-always = { $kind ->
    [scam-loss] Jika Anda sudah mengirim uang: segera telepon bank Anda dan minta pembayaran dihentikan atau ditarik kembali, lalu laporkan ke unit siber kepolisian atau layanan pengaduan penipuan nasional, dengan semua pesan, rekening dan bukti pembayaran. Jangan pernah membayar siapa pun yang menawarkan pemulihan uang dengan biaya: itu penipuan kedua. Ini bukan salah Anda, dan berbicara dengan orang yang Anda percaya akan membantu. Ke mana menghubungi:
    [held-abroad] Jika Anda atau orang yang Anda kenal ditahan di luar negeri: sampaikan kabar ke kedutaan, hotline nasional atau keluarga Anda, berisi di mana Anda berada, nama tempatnya dan berapa orang di sana. Di sekitar kompleks penipuan, polisi setempat bisa saja berhubungan dengan para bos, jadi hubungi ini lebih dulu:
    [family] Jika anggota keluarga Anda ditahan di luar negeri: jangan mengirim uang sendirian. Bawa dulu setiap tuntutan, nomor dan pesan ke kedutaan atau hotline nasional; mereka bisa bertindak tanpa menambah bahaya bagi keluarga Anda. Hubungi mereka di sini:
   *[other] Sebelum menerima pekerjaan di luar negeri: periksa pemberi kerja dan agennya ke lembaga pekerja migran di negara Anda (di Indonesia: KP2MI, dulu BP2MI), jangan pernah menyerahkan paspor Anda, dan beri tahu orang yang Anda percaya ke mana Anda pergi. Jika Anda atau orang yang Anda kenal dalam bahaya, hubungi kedutaan negara Anda atau salah satu dari layanan ini:
}
# $contact: a phone number or address
help-contact = Kontak: { $contact }
session-left = Anda sudah keluar dari sesi. Itu selalu boleh. Jaga diri Anda baik-baik.
scenario-list-title = Skenario:
# $count: the number of scenarios
scenario-pick = Pilih skenario: ketik angka 1 sampai { $count }, lalu tekan Enter.
unknown-scenario = Skenario itu tidak ada.
no-scenarios = Tidak ada skenario untuk dimainkan.

channel-facebook = Facebook
channel-instagram = Instagram
channel-tiktok = TikTok
channel-website = Situs web
channel-jobsite = Situs lowongan kerja
channel-whatsapp = WhatsApp
channel-telegram = Telegram
channel-line = LINE
channel-wechat = WeChat
channel-viber = Viber
channel-messenger = Messenger
channel-signal = Signal
channel-dating = Aplikasi kencan
channel-sms = SMS
channel-email = Email
channel-call = Telepon
channel-in-person = Tatap muka
channel-narration = Cerita

outcome-safe = Aman
outcome-scammed = Tertipu
outcome-paid = Sudah membayar, dan tuntutan terus berlanjut
outcome-trafficked = Korban perdagangan orang
outcome-escaped = Berhasil lolos
outcome-helped = Anda menolong orang lain

stage-advert = Iklan lowongan
stage-recruiter = Perekrut
stage-travel = Perjalanan dan kedatangan
stage-compound = Di dalam kompleks
stage-target = Orang yang ditipu

## Permainan layar penuh

title-scenarios = Skenario
# $title: a scenario's title
title-resume = Lanjutkan: { $title }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
plain-resume-offer = Anda meninggalkan “{ $title }” di tengah jalan. Ketik 1 untuk melanjutkan dari tempat Anda berhenti, atau 2 untuk memulai yang baru.
resume-changed = Skenario ini berubah sejak Anda berhenti, jadi dimulai lagi dari awal.
# Draft translation by a helper (issue 20), to be reviewed by a translator.
reload-changed = Skenario ini berubah di disk dan bagian tempat Anda berada sudah tidak ada. Pilih skenario ini untuk memulai lagi.
keys-title = ↑↓ pindah · Enter main · l bahasa · h buku panduan · s pengaturan · ? bantuan · q keluar
keys-list = ↑↓ pindah · Enter pilih · Esc kembali
keys-play = ↑↓ pindah · Enter atau 1-9 pilih · PgUp/PgDn gulir · ? bantuan · q keluar
keys-continue = Enter lanjut · PgUp/PgDn gulir · ? bantuan · q keluar
keys-typing = tombol apa saja: tampilkan semua · q keluar
keys-scroll = ↑↓ PgUp PgDn gulir · Esc kembali
keys-debrief = ↑↓ gulir · r coba jalan lain · t layar judul · ? bantuan
keys-rewind = ↑↓ pindah · Enter kembali ke pilihan ini · Esc batal
play-what-now = Apa yang Anda lakukan?
play-continue = Lanjut
play-ending-continue = Lihat apa yang terjadi, dan tanda bahaya di jalan yang Anda pilih
play-feedback = Arti pilihan ini
# $spotted, $missed: numbers of red flags so far
status-redflags = Tanda bahaya: { $spotted } dikenali · { $missed } lolos
debrief-rewind-title = Kembali ke sebuah pilihan dan coba jalan lain
handbook-title = Buku panduan tanda bahaya
handbook-locked = Terkunci: temui tanda bahaya ini dalam sebuah skenario untuk membacanya
handbook-source = Sumber:
# $met, $total: numbers of red flags
handbook-met = Anda sudah menemui { $met } dari { $total } tanda bahaya.
language-title = Bahasa
language-status-complete = lengkap
language-status-reviewed = sudah ditinjau
language-status-machine-drafted = draf mesin, belum ditinjau
language-status-partial = sebagian diterjemahkan
settings-title = Pengaturan
# $name: the language's own name
settings-language = Bahasa: { $name }
# $theme: theme-default or theme-high-contrast
settings-theme = Warna: { $theme }
# $state: setting-on or setting-off
settings-typing = Jeda mengetik di chat: { $state }
theme-default = standar
theme-high-contrast = kontras tinggi
setting-on = aktif
setting-off = nonaktif
help-keys-title = Tombol
help-keys =
    ↑ ↓ atau j k      pindah
    Enter atau 1-9    pilih
    Enter atau Spasi  lanjut
    PgUp PgDn         gulir pesan
    klik mouse        pilih, lanjut
    r                 coba jalan lain (setelah akhir cerita)
    l h s             bahasa, buku panduan, pengaturan (layar judul)
    q atau Esc        keluar (kemajuan Anda tetap tersimpan)
    ?                 bantuan ini
help-close = Tekan tombol apa saja untuk menutup bantuan ini.
confirm-leave = Keluar dari skenario ini? Kemajuan Anda tetap tersimpan: Anda bisa melanjutkannya dari layar judul.
confirm-quit = Keluar dari redflag?
confirm-keys = y ya · n tidak
# $width, $height: the smallest window size
too-small = Mohon perbesar jendelanya: paling kecil { $width } × { $height }.
errors-title = Ada kesalahan pada konten: perbaiki dulu, lalu kembali ke layar judul
content-note-keys = Enter mulai · Esc kembali
# $name: who sent the email
email-from = Dari: { $name }

## Kuis membedakan asli atau penipuan

quiz-title-pre = Sebelum bermain: asli atau penipuan?
quiz-title-post = Setelah bermain: asli atau penipuan?
# $count: the number of items
quiz-intro = Anda akan melihat { $count } pesan dan iklan pendek. Sebagian asli, sebagian penipuan. Untuk setiap pesan, pilih seberapa yakin Anda. Tidak ada batas waktu.
# $n: this item's number; $count: how many
quiz-progress = { $n } dari { $count }
quiz-scale = 1 pasti aman · 2 kemungkinan besar aman · 3 mungkin aman · 4 mungkin penipuan · 5 kemungkinan besar penipuan · 6 pasti penipuan
quiz-prompt = Ketik angka 1 sampai 6, lalu tekan Enter.
quiz-invalid = Mohon ketik angka 1 sampai 6.
# $skill: high, some or low; $hits of $scams, $false_alarms of $genuine; $lean: all-scam, all-safe, suspicious, trusting or balanced
quiz-result = { $skill ->
    [high] Anda bisa membedakan penipuan dari tawaran asli dengan baik: Anda menilai penipuan lebih mencurigakan daripada yang asli.
    [some] Anda bisa membedakan sebagian penipuan dari tawaran asli: sering Anda menilai penipuan lebih tinggi, tetapi tidak selalu.
   *[low] Kali ini membedakan penipuan dari tawaran asli terasa sulit: jawaban Anda hampir seperti menebak.
} Anda menyebut { $hits } dari { $scams } penipuan sebagai penipuan, dan { $false_alarms } dari { $genuine } yang asli juga sebagai penipuan. { $lean ->
    [all-scam] Anda menyebut semuanya penipuan. Berhati-hati itu baik, tetapi itu tidak memberi tahu tawaran mana yang asli, dan pekerjaan asli serta bantuan asli juga ada.
    [all-safe] Anda menyebut semuanya aman. Sebagian di antaranya penipuan: tanda bahaya dalam permainan ini membantu Anda mengenalinya.
    [suspicious] Anda cenderung menyebut sesuatu sebagai penipuan. Berhati-hati itu baik, tetapi pekerjaan asli dan bantuan asli juga ada.
    [trusting] Anda cenderung menyebut sesuatu aman: sebagian penipuan terlihat asli bagi Anda.
   *[balanced] Anda tidak condong ke "aman" atau "penipuan".
}
quiz-review-title = Jawabannya:
quiz-answer = { $n }. { $title }: { $genuine ->
    [yes] asli
   *[no] penipuan
}. Jawaban Anda: { $rating ->
    [1] 1, pasti aman
    [2] 2, kemungkinan besar aman
    [3] 3, mungkin aman
    [4] 4, mungkin penipuan
    [5] 5, kemungkinan besar penipuan
   *[6] 6, pasti penipuan
}.

## Mode fasilitator dan kuis dalam permainan layar penuh

facilitator-held = Pilihan kelompok sudah masuk. Diskusikan dulu; lalu tekan r untuk melihat artinya.
facilitator-discuss = Diskusikan:
keys-held = r lihat artinya · ? bantuan · q keluar
keys-play-facilitator = ↑↓ pindah · Enter atau 1-9 pilih · c hitung suara kelompok · ? bantuan · q keluar
keys-quiz = 1-6 jawab · ↑↓ Enter · q keluar
keys-continue-only = Enter lanjut · ↑↓ gulir
room-title = Pertanyaan untuk kelompok
room-what-happened = Apa yang terjadi dalam cerita ini? Siapa yang tertolong, dan siapa yang dirugikan?
room-what-noticed = Apa yang Anda perhatikan sepanjang cerita? Tanda bahaya mana yang muncul, dan mana yang terlewat?
room-what-would-you-do = Apa yang akan Anda lakukan, atau sarankan kepada teman, kalau tawaran atau pesan ini datang kepada Anda?
room-where-help = Di mana orang bisa mendapat bantuan di sini, hari ini? (Daftarnya menyusul.)
tally-title = Berapa orang di kelompok yang memilih setiap pilihan?
keys-tally = ↑↓ pindah · ketik angka · Backspace · Enter simpan · Esc batal
# $state: setting-on or setting-off
settings-quiz = Kuis sebelum dan sesudah setiap skenario: { $state }

# The room (`redflag serve`).
# Machine-drafted translation: needs review by a native speaker.
room-goodbye-title = Terima kasih sudah bermain
room-goodbye = Sesi ini telah berakhir. Pilihan Anda disimpan untuk diskusi kelompok, tanpa nama Anda.
room-goodbye-keys = Tekan tombol apa saja untuk menutup.
room-wrong-code = Kode ruangan itu tidak tepat. Periksa kode yang ditampilkan di depan ruangan, lalu sambungkan lagi.
room-full = Ruangan sedang penuh. Beri tahu fasilitator, lalu coba lagi dalam satu menit.
room-paused = Ruangan sedang tidak menerima pemain baru. Beri tahu fasilitator.
room-participant-prompt = Ketik kode peserta dari fasilitator (misalnya P07), lalu tekan Enter. Jangan nama Anda.
room-participant-invalid = Kode hanya berisi huruf, angka, - atau _, misalnya P07. Silakan coba lagi.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
participant-looks-like-name = “{ $code }” terlihat seperti nama. Catatan menyimpan kode seperti P07, bukan nama. Ketik kode sebagai gantinya, atau tekan Enter untuk tetap memakai “{ $code }”.
# Draft translation by a helper (issue 19), to be reviewed by a translator.
room-participant-looks-like-name = “{ $code }” terlihat seperti nama. Ruangan ini menyimpan kode seperti P07, bukan nama. Ketik kode sebagai gantinya, atau tekan Enter untuk tetap memakai “{ $code }”.

# The room's web page (`redflag serve --web`): a phone or a browser joins with the room code.
web-title = redflag: ruangan
web-code-label = Kode ruangan
web-join = Gabung
web-connecting = Menyambungkan…
web-closed = Sesi telah berakhir. Untuk bermain lagi, tekan "Gabung".
web-lost = Sambungan ke ruangan terputus. Periksa Wi-Fi, lalu tekan "Gabung".
web-terminal = Permainan
web-keys = Tombol
web-key-1 = Pilih 1
web-key-2 = Pilih 2
web-key-3 = Pilih 3
web-key-4 = Pilih 4
web-key-enter = Enter: lanjut
web-key-up = Gulir ke atas
web-key-down = Gulir ke bawah
web-key-help = Bantuan: tombol
web-key-leave = Keluar dari skenario

## The country picker
settings-country = Negara untuk bantuan: { $name }
# Draft translation by a helper (issue 19), to be reviewed by a translator.
settings-keep-results = Simpan catatan setiap sesi di komputer ini (untuk laporan lokakarya): { $state }
country-title = Negara Anda
country-first = Di mana Anda tinggal? Permainan ini menampilkan bantuan yang bisa Anda jangkau dari sana: hotline, lembaga, tempat melapor. Ketik untuk mencari negara Anda, atau pilih "Negara lain". Anda bisa mengubahnya nanti di pengaturan.
country-filter = Cari:
country-none = belum dipilih
country-other = Negara lain (tampilkan hanya bantuan untuk semua orang)
keys-country = ketik untuk mencari · ↑↓ pindah · Enter pilih · Esc kembali
# $sources: the sources of a red flag, short: "FBI, 2023; UNODC, 2024"
redflag-source = Sumber: { $sources }

## Country names, for the picker
country-au = Australia
country-cn = Tiongkok
country-et = Etiopia
country-id = Indonesia
country-in = India
country-ke = Kenya
country-kh = Kamboja
country-la = Laos
country-lk = Sri Lanka
country-my = Malaysia
country-ng = Nigeria
country-np = Nepal
country-ph = Filipina
country-th = Thailand
country-ug = Uganda
country-us = Amerika Serikat
country-vn = Vietnam

# Added with the player's screen (issue 21): machine-drafted, needs review.
more-above = ↑ masih ada di atas (PgUp)
more-below = ↓ masih ada di bawah (PgDn)
press-enter-typed = (Tidak ada yang perlu dipilih di sini, jadi yang Anda ketik tidak dipakai. Cerita berlanjut.)
tally-shown = { $count ->
    [one] 1 di ruangan
   *[other] { $count } di ruangan
}
