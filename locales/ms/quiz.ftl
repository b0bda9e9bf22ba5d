# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), where it appears (.source), and why it is
# genuine or which warning signs it shows (.explain, shown only after the quiz that follows a session).
# Ids follow scenarios/quiz.toml. Names, companies, numbers and codes are made up.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd di Auckland, New Zealand, sedang mengambil juruelektrik berdaftar yang berpengalaman 3 tahun ke atas: NZ$34-38 sejam, 40 jam seminggu. Kami diiktiraf untuk mengambil pekerja dengan visa kerja, dan temu duga dibuat melalui video bersama pengurus tapak kami. Anda bayar sendiri tiket penerbangan; kami bantu anda mencari bilik.
    .source = Iklan di laman web kerja
    .explain = Gajinya tinggi, tetapi itu biasa bagi pekerja mahir dalam bidang ini di negara itu, dan kerja ini memerlukan pengalaman. Iklan ini menamakan majikan, menawarkan temu duga sebenar dan visa kerja, dan tidak berjanji untuk menanggung semua kos.

quiz-ad-factory-taiwan = Mencari 40 operator mesin untuk Hsinmei Electronics di Taoyuan, Taiwan. NT$31,000 sebulan, kontrak 2 tahun, visa kerja, tiada yuran penempatan. Nombor lesen DMW kami 087-LB-031525-R: sila semak sendiri di laman web DMW sebelum memohon.
    .source = Hantaran Facebook sebuah agensi
    .explain = Majikan yang dinamakan, gaji kilang yang biasa, visa kerja, dan nombor lesen yang anda diminta semak sendiri. Banyak agensi sebenar membuat hantaran di Facebook; yang penting ialah agensi itu berlesen, jadi menyemak lesennya tetap langkah yang betul.

quiz-ad-hotel-chiangmai = Kekosongan jawatan staf kaunter hadapan di Baan Saeng Hotel, 42 Soi 9, Chiang Mai: syif pagi atau petang, 13,000 baht sebulan serta caj perkhidmatan. Perlu boleh berbahasa Thai dan bahasa Inggeris asas. Temu duga terbuka Isnin hingga Jumaat, 10:00-16:00, di kaunter penyambut tetamu kami; sila bawa kad pengenalan anda.
    .source = Hantaran Facebook sebuah hotel
    .explain = Ia di Facebook, tetapi ini kerja tempatan di hotel yang dinamakan dan ada alamat, dengan tugas yang jelas dan gaji tempatan yang biasa. Anda boleh datang sendiri, melihat tempat itu dan berjumpa orangnya sebelum bersetuju dengan apa-apa.

quiz-ad-cousin-dubai = Weh, bos kawan aku kat Dubai perlukan 4 orang untuk kerja IT support hotel, tak perlu pengalaman, semua kos dia tanggung. Aku kenal dia, memang legit, kawan aku dah setahun kerja kat situ. Boleh aku bagi nombor kau kat dia? Dia nak jawapan sebelum Jumaat.
    .source = Mesej daripada sepupu anda
    .explain = Tawaran daripada orang yang kita percayai terasa selamat, dan sepupu anda mungkin turut mempercayainya. Tetapi kerja "IT hotel" yang kabur, tanpa perlu pengalaman, dengan semua kos ditanggung dan tanpa nama majikan, menunjukkan tanda bahaya yang sama, tidak kira siapa yang menyampaikannya.

quiz-ad-marketing-tiktok = Kami sedang berkembang! Sertai pasukan antarabangsa kami di Bangkok sebagai Eksekutif Pemasaran Digital: 40,000 baht sebulan serta bonus, latihan penuh, tiada pengalaman diperlukan. Visa, tiket penerbangan dan kondo kongsi disediakan; mohon melalui pautan di bio kami.
    .source = Iklan kerja di TikTok
    .explain = Ia nampak profesional, tetapi tiada nama syarikat, tiada alamat dan tiada huraian kerja yang sebenar, hanya "pemasaran digital" dengan semua kos ditanggung. Iklan seperti ini di media sosial ialah jalan biasa ke pusat penipuan.

quiz-ad-typing-cambodia = SEGERA DIPERLUKAN!! Kerja menaip / khidmat pelanggan di Kemboja: $1,200-1,500 sebulan, tiada pengalaman diperlukan, bahasa Inggeris asas sahaja. Tiket penerbangan, makan, tempat tinggal dan visa PERCUMA! Tempat terhad, mesej kami sekarang.
    .source = Hantaran kerja di Facebook
    .explain = Gaji jauh lebih tinggi daripada kadar biasa untuk kerja yang tidak memerlukan pengalaman, kerja yang kabur, dan semua kos ditanggung untuk anda. Tiada juga nama syarikat atau alamat yang boleh anda semak.

## Recruiter messages

quiz-rec-careworker-japan = Helo, saya Lan dari Minh An Recruitment, 15 Jalan Tran Phu. Permohonan anda untuk kerja sebagai pekerja penjagaan di Osaka telah lulus peringkat pertama. Sila datang ke pejabat kami dengan salinan pasport anda untuk ujian bahasa Jepun. Tidak perlu tergesa-gesa: latihan mengambil masa 6 bulan sebelum sesiapa berangkat.
    .source = SMS daripada sebuah agensi
    .explain = Ia memberi pejabat sebenar yang boleh anda kunjungi, proses yang jelas dan masa untuk membuat keputusan, dan hanya meminta salinan pasport, bukan pasport itu sendiri. Anda boleh menyemak lesen agensi itu dengan Jabatan Pengurusan Buruh Luar Negara Vietnam (di bawah Kementerian Dalam Negeri sejak Mac 2025) sebelum pergi.

quiz-rec-contract-riyadh = Tahniah kerana lulus temu duga dengan Wadi Sahra Medical Centre. Bersama-sama ini dilampirkan kontrak anda: jururawat, Riyadh, SAR 7,500 sebulan, 2 tahun. Sila baca bersama keluarga anda dan semak pesanan kerja (job order) itu dengan DMW sebelum menandatanganinya. Tiada yuran penempatan.
    .source = E-mel daripada sebuah agensi
    .explain = Kontrak bertulis yang menyatakan kerja, tempat dan gaji, masa untuk berfikir, dan permintaan supaya anda menyemaknya dengan kerajaan. Perekrut yang menyuruh anda membuat semakan tiada apa-apa untuk disembunyikan.

quiz-rec-developer-kl = Hai, saya nampak CV anda di laman ini. Meranti Software di Kuala Lumpur sedang mencari pembangun Java, MYR 9,000-11,000 sebulan. Saya lampirkan huraian kerja dan laman web mereka. Langkah seterusnya: dua temu duga video dengan pasukan teknikal mereka, kemudian surat tawaran bertulis dan Pas Pekerjaan (Employment Pass).
    .source = Mesej di laman web kerja
    .explain = Ia datang tanpa anda minta dan gajinya tinggi, tetapi itu gaji biasa bagi kerja mahir yang sepadan dengan CV anda. Ia menamakan syarikat, menghantar huraian kerja, dan menawarkan temu duga sebenar, tawaran bertulis dan pas kerja yang sah.

quiz-rec-fee-dubai = Puan, tinggal 3 tempat sahaja untuk kerja gudang di Dubai! Hantar yuran pemprosesan PHP 65,000 hari ini untuk kunci tempat puan. Kontrak akan diberi bila puan sampai nanti. Jangan risau, ramai pemohon kami dah ada di sana dan gembira.
    .source = Mesej WhatsApp daripada perekrut
    .explain = Yuran sebelum anda mendapat kerja, desakan supaya membayar hari ini, dan tiada kontrak sehingga anda tiba. Tanpa kontrak bertulis, anda tiada apa-apa untuk menuntut perekrut itu menunaikan janjinya.

quiz-rec-location-maesot = Berita baik, anda lulus ujian menaip! Satu perubahan kecil: pejabat kami di Bangkok sudah penuh, jadi anda akan bekerja di cawangan kami berhampiran Mae Sot. Gaji sama. Pemandu kami akan jemput anda di lapangan terbang dan bawa anda menyeberangi sungai ke pejabat.
    .source = Mesej Telegram daripada perekrut
    .explain = Ujian menaip bukan temu duga sebenar, dan tempat kerja berubah selepas anda bersetuju. Di seberang sungai dari Mae Sot ialah Myanmar: dibawa menyeberangi sempadan tanpa melalui imigresen ialah cara ramai orang dibawa ke pusat penipuan.

quiz-rec-polished-visa = Pemohon yang dihormati, terima kasih kerana melengkapkan penilaian kami. Velmora Global Services Ltd (No. Pendaftaran 2019/448213) dengan sukacitanya menawarkan anda jawatan Pegawai Perhubungan Pelanggan. Untuk pemprosesan yang lebih cepat, anda akan masuk dengan visa pelancong; kami akan menukarnya kepada permit kerja selepas anda tiba.
    .source = E-mel daripada perekrut
    .explain = Tatabahasa yang baik dan nombor pendaftaran mudah dipalsukan. Kerja sebenar di luar negara datang dengan visa kerja sebelum anda berangkat; bekerja dengan visa pelancong menyebabkan anda tiada status undang-undang atau perlindungan.

## Messages from strangers

quiz-msg-dating-meet = Saya betul-betul seronok bersembang dengan awak minggu ni! Awak nak jumpa minum kopi Sabtu petang, di kafe sebelah perpustakaan? Atau panggilan video sekejap dulu, kalau awak lebih selesa. Tak perlu tergesa-gesa, ikut awak.
    .source = Mesej di aplikasi temu janji
    .explain = Orang yang mencadangkan bertemu di tempat awam, memberi anda masa dan tidak meminta apa-apa sedang melakukan apa yang dielakkan oleh penipu cinta. Panggilan video membantu, walaupun video boleh dipalsukan; yang paling penting, tiada wang atau cadangan pelaburan langsung. Masih bijak memberitahu kawan ke mana anda pergi.

quiz-msg-wallet-found = Helo, adakah anda kehilangan dompet? Saya jumpa satu di stesen bas utama dengan kad perniagaan anda di dalamnya, dan saya sudah serahkan di pejabat stesen, kaunter 2. Anda boleh ambil di sana dengan kad pengenalan anda; tidak perlu balas mesej ini.
    .source = SMS daripada nombor yang tidak dikenali
    .explain = Nombornya tidak dikenali, tetapi mesej itu tidak meminta apa-apa: tiada wang, tiada pautan, tiada sembang. Ia menyuruh anda pergi ke pejabat awam, tempat anda menunjukkan kad pengenalan anda sendiri.

quiz-msg-wrong-number-sorry =
    Hai Dara, makan malam masih pukul 7?
    (Anda balas: "Maaf, salah nombor.")
    Alamak, minta maaf sangat! Mesti saya tersalah simpan nombor. Selamat malam.
    .source = SMS daripada nombor yang tidak dikenali
    .explain = Salah nombor yang sebenar memang berlaku. Orang ini meminta maaf, berhenti dan tidak meminta apa-apa; tanda bahayanya ialah orang asing yang terus bersembang selepas anda berkata dia salah nombor.

quiz-msg-dating-telegram = Saya tak pernah rasa serapat ini dengan sesiapa secepat ini. Awaklah segala yang saya cari selama ini. Aplikasi ni asyik log keluar sendiri, boleh kita sembang di Telegram? Kamera saya rosak, tapi saya akan call awak betul-betul bila saya balik dari kapal nanti.
    .source = Mesej di aplikasi temu janji
    .explain = Perasaan yang kuat dengan sangat cepat, cepat berpindah ke aplikasi lain, dan alasan untuk tidak bercakap melalui video. Bersama-sama, semua ini biasa dalam penipuan cinta, yang selalunya beralih kepada "pelaburan" kemudian.

quiz-msg-social-nurse = Hai, saya nampak komen awak dalam kumpulan pelancongan tu dan rasa nak tegur, awak nampak baik sangat! Saya jururawat di Toronto. Saya jarang guna Facebook, boleh kita sembang di WhatsApp? Pak cik saya ajar saya trading emas dan ia mengubah hidup saya.
    .source = Mesej Facebook daripada orang yang tidak dikenali
    .explain = Orang asing yang memuji anda, mahu segera berpindah ke aplikasi peribadi, dan menyebut kejayaan dalam trading sejak awal. Ini langkah pertama penipuan yang mencampurkan persahabatan dan pelaburan.

quiz-msg-wrong-number-chatty =
    Helo, ini Encik Chen ke? Saya cuma nak sahkan tempahan golf kita hari Ahad.
    (Anda balas: "Maaf, salah nombor.")
    Oh, maaf ya, awak nampak sangat bersopan! Saya Linda, saya ada perniagaan kecil import wain di Singapura. Boleh saya tahu awak dari mana?
    .source = Nombor yang tidak dikenali di WhatsApp
    .explain = Ia bermula seperti kesilapan sebenar, tetapi selepas anda berkata salah nombor, orang itu terus bersembang, memuji anda dan bertanya tentang hidup anda. Banyak penipuan cinta dan pelaburan bermula betul-betul seperti ini.

## Investment and money

quiz-inv-bank-card = Amaran bank: kami telah menghalang satu pembayaran kad sebanyak 38,500 rupee di sebuah kedai dalam talian. Jika ini bukan anda, sila hubungi nombor di belakang kad anda. Kami tidak akan sekali-kali meminta PIN, kata laluan atau kod sekali guna (OTP) anda.
    .source = SMS daripada bank anda
    .explain = Tiada pautan dan tiada nombor untuk dihubungi: ia menyuruh anda menghubungi nombor yang tercetak pada kad anda sendiri, yang anda tahu memang sah. Amaran yang ada pautan atau meminta kod ialah yang patut anda curigai.

quiz-inv-bond-friend = Akhirnya aku buka bon simpanan kat pejabat pos: 7% setahun, tetap untuk 5 tahun. Tak la menarik sangat, tapi selamat. Jangan masukkan duit yang kau mungkin perlukan tak lama lagi, dan tanya sendiri kat kaunter, diorang terangkan dengan baik.
    .source = Mesej daripada kawan
    .explain = Kawan yang anda kenali, kadar tetap yang sederhana daripada institusi awam, tiada aplikasi untuk dipasang dan tiada desakan: dia malah menyuruh anda bertanya sendiri di kaunter. Petua penipuan menjanjikan untung besar dan cepat di platform yang hanya mereka tahu.

quiz-inv-fraud-refund = Berkenaan tuntutan penipuan yang anda laporkan pada 3 Mac (rujukan FR-20419): tuntutan itu telah diluluskan. Sebanyak 12,500 baht akan dikembalikan ke akaun anda dalam tempoh 10 hari bekerja. Anda tidak perlu membayar apa-apa atau berkongsi sebarang kod. Jika ada pertanyaan, sila kunjungi mana-mana cawangan kami.
    .source = E-mel daripada bank anda
    .explain = Ia berkenaan tuntutan yang anda buat sendiri dengan bank anda sendiri, dan ia tidak meminta apa-apa: tiada yuran, tiada kod, tiada pautan. Penipuan "pemulihan wang" menghubungi anda tanpa diminta dan mahukan yuran dahulu.

quiz-inv-crypto-tip = Pak cik saya kerja di sebuah platform trading dan dia kongsi tip dengan keluarga. Minggu ni saya dapat $2,300! Mula kecil-kecil dulu, $300 pun boleh. Awak boleh keluarkan untung pertama keesokan harinya, jadi awak boleh tengok sendiri yang ini memang betul.
    .source = Kawan baharu di WhatsApp
    .explain = Petua daripada orang yang anda kenali dalam talian, untung besar, dan pengeluaran kecil pada awal "supaya anda nampak ia betul". Penipu membenarkan anda mengeluarkan sedikit wang untuk membina kepercayaan sebelum anda memasukkan lebih banyak lagi.

quiz-inv-withdrawal-tax = Pengeluaran anda sebanyak 48,300 USDT sedang diproses. Di bawah peraturan antarabangsa anti-pengubahan wang haram, cukai pendapatan peribadi sebanyak 15% (7,245 USDT) mesti dibayar sebelum dana dilepaskan. Sila tambah nilai dalam tempoh 72 jam untuk mengelakkan akaun anda dibekukan.
    .source = Notis daripada aplikasi dagangan
    .explain = Platform sebenar mengambil sebarang yuran daripada baki anda; ia tidak menahan wang anda sehingga anda menghantar lebih banyak. Membayar "cukai" ini biasanya membawa kepada yuran lain, dan wang itu tidak pernah dilepaskan.

quiz-inv-recovery-firm = Kami ialah firma pemulihan dana berlesen yang bekerjasama dengan FBI dan badan pengawal selia antarabangsa. Penyiasat kami telah mengesan $31,000 daripada pelaburan anda yang hilang. Untuk membuka kes anda, yuran sebanyak 1,500 USDT diperlukan, dan yuran ini akan dikembalikan. No. kes RC-88412.
    .source = E-mel daripada firma pemulihan dana
    .explain = Ia datang tanpa anda minta, mendakwa ada hubungan dengan FBI dan badan pengawal selia, dan mahukan yuran dalam kripto dahulu. Polis dan badan pengawal selia tidak mengenakan bayaran untuk mendapatkan semula wang anda; ini penipuan kedua yang menyasarkan orang yang sudah kehilangan wang.
