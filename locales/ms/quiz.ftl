# Machine-drafted translation: needs review by a native speaker.
# The discernment quiz: each item as the player sees it (quiz-<id>), a short name for it (.title), where it appears
# (.source), and why it is genuine or which warning signs it shows (.explain). See locales/en/quiz.ftl.

## Adverts

quiz-ad-electrician-nz = Tui Build Ltd di Auckland, New Zealand, memerlukan 3 juruelektrik berdaftar dengan pengalaman 3+ tahun di tapak komersial 🔌 NZ$36-42 sejam, 40 jam seminggu. Kami majikan bertauliah, jadi kami menyokong visa kerja anda. Temu duga video dengan pengurus tapak kami; anda tempah tiket penerbangan sendiri. Permohonan ditutup Jumaat ini.
    .title = Juruelektrik untuk Auckland
    .source = Iklan di laman web pekerjaan
    .explain = Gajinya tinggi, tetapi biasa bagi kerja mahir di New Zealand, dan kerja ini memerlukan pengalaman. Nama majikan dinyatakan, ada temu duga sebenar dan visa kerja, dan ia tidak berjanji menanggung segala-galanya.

quiz-ad-factory-taiwan = 📢 Kini mengambil: 40 operator mesin untuk kilang elektronik di Taoyuan, Taiwan. Gaji pokok NT$29,500 sebulan (gaji minimum Taiwan) serta kerja lebih masa berbayar, kontrak 3 tahun, permit kerja diuruskan majikan. Lelaki dan wanita berumur 20-38. Temu duga terbuka Sabtu ini, 9 pagi-3 petang, di pejabat agensi kami: Unit 5, Garden Plaza, Station Road.
    .title = Kerja kilang di Taiwan
    .source = Hantaran Facebook sebuah agensi
    .explain = Kerja kilang pada gaji minimum sah Taiwan bagi 2026, tempoh kontrak yang biasa di sana, permit kerja, dan pejabat yang boleh anda kunjungi. Banyak agensi sebenar beriklan di Facebook; yang penting ialah nama agensi yang boleh anda kunjungi dan semak.

quiz-ad-hotel-dubai = Atendan pengemasan diperlukan untuk Al Noor Creek Hotel, Dubai ✨ AED 1,600 sebulan serta asrama kakitangan berkongsi, makanan, pengangkutan dan insurans perubatan. Seperti yang dikehendaki undang-undang UAE, hotel membayar visa, tiket penerbangan dan kos pengambilan anda. Kontrak 2 tahun, dihantar penuh kepada anda sebelum anda menandatangani. Temu duga dalam talian dengan pasukan HR hotel 10-14 Mac.
    .title = Pengemasan hotel di Dubai
    .source = Hantaran Instagram sebuah agensi pengambilan
    .explain = Tiket dan tempat tinggal yang dibayar boleh jadi tulen: undang-undang UAE mewajibkan majikan membayar kos pengambilan, dan gajinya biasa bagi kerja itu. Nama hotel dinyatakan, tugasnya jelas, ada temu duga sebenar dan seluruh kontrak datang dahulu.

quiz-ad-cousin-dubai = Hei, bos kawan aku di Dubai perlukan 4 orang untuk sokongan IT hotel, tak perlu pengalaman, dan semua ditanggung 🙏 Aku kenal dia, dia boleh dipercayai, kawan aku dah kerja sana setahun. Gaji bagus, lebih dua kali ganda gaji kita di sini. Boleh aku beri nombor kau kepada dia? Dia perlukan nama sebelum Jumaat.
    .title = Maklumat Dubai daripada sepupu
    .source = Mesej daripada sepupu anda
    .explain = Tawaran daripada orang yang kita percayai terasa selamat, dan sepupu anda mungkin percaya juga. Tetapi kerja "IT hotel" yang kabur, tanpa pengalaman, semuanya ditanggung dan tiada nama majikan menunjukkan tanda amaran yang sama, tidak kira siapa yang menyampaikannya.

quiz-ad-marketing-tiktok = Kami sedang berkembang! Sertai pasukan antarabangsa kami di Bangkok sebagai Digital Marketing Executive 🌏 40,000 baht sebulan serta bonus prestasi, latihan penuh, perlu berbahasa Inggeris, tanpa pengalaman. Bantuan visa dan kondominium berkongsi berhampiran pejabat. Temu duga bermula minggu depan; hantar CV anda melalui pautan dalam bio kami.
    .title = Pasukan pemasaran di Bangkok
    .source = Iklan kerja TikTok
    .explain = Ia kelihatan profesional, tetapi tiada nama syarikat, tiada alamat dan tiada huraian kerja sebenar, hanya "pemasaran digital" untuk sesiapa sahaja. Iklan seperti ini di media sosial ialah jalan biasa ke pusat penipuan.

quiz-ad-support-cambodia = Kakitangan khidmat pelanggan (sembang bahasa Inggeris) diperlukan di Sihanoukville, Kemboja. USD 1,300 sebulan, latihan disediakan, tanpa pengalaman, bahasa Inggeris asas sudah cukup. Syarikat menanggung tiket penerbangan, visa, tempat tinggal dan makanan anda. Temu duga melalui Telegram minggu ini: hantar CV dan gambar terkini, pasukan HR kami akan membalas.
    .title = Sokongan sembang di Kemboja
    .source = Hantaran kerja di Facebook
    .explain = Gaji jauh melebihi kadar tempatan untuk kerja tanpa pengalaman, semuanya ditanggung, dan "temu duga" melalui sembang. Tiada nama atau alamat syarikat yang boleh dicari. Sihanoukville ialah salah satu tempat pusat penipuan menahan pekerja.

quiz-ph-ad-household-riyadh = 🇵🇭 Mengambil pekerja rumah tangga untuk keluarga di Riyadh. SAR 1,500 sebulan, bilik sendiri, makanan, satu hari rehat seminggu, kontrak 2 tahun. Tiada yuran penempatan, seperti yang dikehendaki peraturan bagi pekerja domestik. Mohon di pejabat kami: 3/F Lanuza Building, Ermita, Manila. Bawa pasport untuk disalin; pemeriksaan kesihatan dan PDOS menyusul.
    .title = Kerja domestik di Riyadh
    .source = Hantaran Facebook agensi berlesen
    .explain = SAR 1,500 ialah gaji minimum yang ditetapkan Filipina bagi pekerja rumah tangga di Arab Saudi, dan mereka tidak boleh dikenakan yuran penempatan. Ada pejabat yang boleh anda kunjungi dan langkah yang dilalui setiap pekerja (pemeriksaan kesihatan, PDOS).

quiz-ph-ad-boutique-dubai = Mencari pembantu jualan untuk butik di sebuah pusat beli-belah di Dubai 🛍️ AED 4,500 sebulan serta komisen. Ambilan terus: tiada agensi, tiada proses panjang. Anda terbang dengan visa lawatan dalam 2 minggu dan majikan menukarnya kepada visa kerja di sana. Tempat terhad; mesej Ma'am Joy untuk senarai keperluan.
    .title = Jualan butik di Dubai
    .source = Hantaran kerja di Facebook
    .explain = "Ambilan terus" tanpa agensi, dan pergi dengan visa lawatan yang kononnya ditukar kemudian, melangkau setiap langkah yang melindungi pekerja yang meninggalkan Filipina. Tanpa visa kerja dan kontrak yang disahkan, anda tiada status sah di sana.

## Recruiter messages

quiz-rec-careworker-japan = Helo, ini Lan dari Sakura Bridge Recruitment. Anda lulus temu duga pertama kami untuk kerja penjaga di Osaka, di bawah visa Specified Skilled Worker Jepun. Gaji kira-kira ¥190,000 sebulan sebelum cukai. Seterusnya: ujian bahasa Jepun dan ujian kemahiran penjagaan; tarikhnya akan kami hantar. Latihan kira-kira 6 bulan sebelum berlepas.
    .title = Kerja penjagaan di Osaka
    .source = SMS daripada agensi
    .explain = Program visa sebenar dengan langkah-langkahnya yang sebenar (ujian bahasa dan ujian kemahiran), gaji biasa bagi kerja itu, dan latihan berbulan-bulan sebelum sesiapa berlepas. Buat masa ini anda hanya diminta menduduki ujian.

quiz-rec-contract-riyadh = Tahniah kerana lulus temu duga dengan Wadi Sahra Medical Centre. Dilampirkan kontrak anda: jururawat, Riyadh, SAR 6,500 sebulan, 2 tahun, tempat tinggal dan tiket ditanggung majikan, tiada yuran daripada anda. Sila baca dengan teliti dan balas sebelum 20 Mei jika anda menerima, supaya kami boleh memulakan visa kerja anda.
    .title = Kontrak jururawat untuk Riyadh
    .source = E-mel daripada agensi
    .explain = Kontrak bertulis dengan kerja, tempat dan gaji sebelum perkara lain, gaji biasa bagi jururawat, dan visa kerja. Tarikh akhirnya benar tetapi munasabah, dan anda tidak diminta apa-apa selain jawapan.

quiz-rec-developer-kl = Hai, saya nampak CV anda di laman ini. Meranti Software di Kuala Lumpur mencari pembangun Java, MYR 9,000-11,000 sebulan. Saya lampirkan huraian kerja dan laman web mereka. Langkah seterusnya: dua temu duga video dengan pasukan teknikal mereka, kemudian tawaran bertulis dan Employment Pass. Boleh anda balas sebelum Khamis?
    .title = Kerja pembangun di Kuala Lumpur
    .source = Mesej di laman web pekerjaan
    .explain = Ia datang tanpa anda minta dan gajinya tinggi, tetapi biasa bagi kerja mahir yang sepadan dengan CV anda. Nama syarikat dinyatakan, ada huraian kerja, temu duga sebenar, tawaran bertulis dan pas kerja yang betul.

quiz-rec-fee-dubai = Selamat petang, Cik Reyes. Permohonan anda untuk jawatan pembantu gudang di Dubai telah disenarai pendek. Untuk menempah tempat anda, sila pindahkan yuran pemprosesan USD 1,150 sebelum Khamis. Kontrak pekerjaan anda akan diserahkan apabila anda tiba di Dubai. Butiran bank kami ada di bawah; kami menantikan ketibaan anda.
    .title = Jawatan gudang di Dubai
    .source = E-mel daripada perekrut
    .explain = Yuran sebelum anda ada kerja, tarikh akhir untuk membayar, dan tiada kontrak sehingga anda tiba. Tanpa kontrak bertulis, anda tiada apa-apa untuk mengikat perekrut; dan di UAE, majikan, bukan pekerja, yang membayar kos pengambilan.

quiz-rec-location-maesot = Berita baik, anda lulus ujian menaip! Satu perubahan kecil: pejabat Bangkok kami sudah penuh, jadi anda akan bekerja di cawangan kami berhampiran Mae Sot, gaji yang sama dan pasukan yang sama. Pemandu kami akan menjemput anda di lapangan terbang dan membawa anda menyeberang sungai ke pejabat. Sila hantar butiran penerbangan anda apabila ada.
    .title = Pertukaran pejabat
    .source = Mesej Telegram daripada perekrut
    .explain = Ujian menaip bukan temu duga sebenar, dan tempat kerja berubah selepas anda bersetuju. Di seberang sungai dari Mae Sot ialah Myanmar: dibawa melintasi sempadan tanpa melalui imigresen ialah cara ramai orang dibawa ke pusat penipuan.

quiz-rec-polished-visa = Pemohon yang dihormati, terima kasih kerana melengkapkan penilaian kami. Velmora Global Services Ltd (Reg. No. 2019/448213) dengan sukacitanya menawarkan anda jawatan Client Relations Officer di Phnom Penh. Untuk mempercepat urusan, anda akan masuk dengan visa pelancong; kami akan menukarnya kepada permit kerja selepas anda tiba.
    .title = Tawaran client relations
    .source = E-mel daripada perekrut
    .explain = Tatabahasa yang baik dan nombor pendaftaran mudah dipalsukan. Kerja sebenar di luar negara datang dengan visa kerja sebelum anda berlepas; bekerja dengan visa pelancong meninggalkan anda tanpa status sah atau perlindungan.

quiz-ph-rec-factory-taichung = Hai Cik Santos, ini Carla dari Luzon Overseas Manpower. Berita baik: kilang di Taichung menerima anda sebagai operator mesin, NT$29,500 sebulan serta kerja lebih masa, 3 tahun. Pemeriksaan kesihatan anda pada hari Selasa di St. Jude Clinic; selepas itu kami memfailkan visa dan menempah PDOS anda. Kontrak anda sedia untuk anda baca di pejabat kami.
    .title = Kerja kilang di Taichung
    .source = SMS daripada agensi
    .explain = Gaji minimum Taiwan, tempoh kontrak yang biasa, dan langkah yang dilalui setiap pekerja Filipina (pemeriksaan kesihatan, visa, PDOS). Kontrak menunggu di pejabat yang boleh anda kunjungi, sebelum anda pergi.

quiz-ph-rec-airport-script = Hai, kerja anda di Bangkok sudah disahkan 🙂 Untuk mengelakkan proses yang panjang, anda akan pergi sebagai pelancong. Jika imigresen bertanya, katakan anda melawat sepupu selama seminggu dan tunjukkan tiket pulang yang kami tempah. Kakitangan kami akan menjemput anda di pintu di Bangkok. Buat masa ini, simpan perkara ini antara kita.
    .title = Tip perjalanan untuk kerja di Bangkok
    .source = Mesej Messenger daripada perekrut
    .explain = Anda diberitahu apa yang perlu dikatakan kepada imigresen, pergi sebagai pelancong untuk bekerja, dan merahsiakannya. Majikan sebenar tidak pernah memerlukan anda berbohong di lapangan terbang; soalan di sana wujud untuk menghalang pemerdagangan orang.

quiz-id-rec-carer-taichung = Selamat petang, Cik Sari, ini Dewi dari PT Karya Mandiri Sejahtera, syarikat penempatan berlesen (P3MI). Keluarga di Taichung memilih anda sebagai penjaga warga emas mereka. Di bawah peraturan kos sifar bagi penjaga, anda tidak membayar yuran penempatan. Sila bawa kad pengenalan, surat kebenaran keluarga dan keputusan pemeriksaan kesihatan ke pejabat kami di Malang pada hari Isnin.
    .title = Penjagaan warga emas di Taichung
    .source = SMS daripada agensi
    .explain = Syarikat berlesen, peraturan yang memang wujud (kos penempatan tidak boleh dikenakan kepada penjaga dan pekerja rumah tangga lain), dan dokumen yang diminta undang-undang, seperti surat kebenaran keluarga, dibawa ke pejabat.

quiz-id-rec-callcentre-batam = Hai, sebuah pusat panggilan di Phnom Penh perlukan kakitangan Indonesia: 12 juta rupiah sebulan, tanpa pengalaman, tempat tinggal percuma 😊 Tak perlu daftar sebagai pekerja migran, itu ambil masa berbulan-bulan. Anda terbang ke Batam, menyeberang ke Singapura sebagai pelancong, dan syarikat uruskan permit kerja di sana. Tiket untuk minggu depan sudah sedia.
    .title = Pusat panggilan di Phnom Penh
    .source = Mesej WhatsApp daripada orang asing
    .explain = Gaji tinggi tanpa pengalaman, laluan yang mengelak pendaftaran sebagai pekerja migran, dan masuk sebagai pelancong untuk bekerja. Memintas proses rasmi membuang semua perlindungan, dan Phnom Penh ialah destinasi pusat penipuan yang diketahui.

quiz-vn-rec-eps-korea = Helo Encik Tuan, tahniah: anda lulus ujian bahasa Korea EPS-TOPIK 🎉 Fail anda kini masuk ke senarai calon untuk kerja pembuatan di Korea. Apabila majikan memilih anda, gajinya sekurang-kurangnya gaji minimum Korea (kira-kira 2.16 juta won sebulan sepenuh masa), dan anda menandatangani kontrak standard sebelum visa. Ujian kemahiran: 14 April.
    .title = Permit pekerjaan Korea
    .source = SMS daripada Pusat Buruh Luar Negara
    .explain = Employment Permit System dijalankan antara dua kerajaan: ujian bahasa Korea, ujian kemahiran, gaji minimum sah dan kontrak standard sebelum visa. Tiada orang tengah diperlukan dan tiada bayaran besar diminta.

quiz-vn-rec-deposit-japan = Helo Encik Tuan, kami ada 6 tempat untuk kilang makanan di Aichi, Jepun, ¥250,000 sebulan, tidak perlu bahasa Jepun, berlepas dalam sebulan. Untuk menahan tempat anda, bayar deposit 180 juta dong minggu ini. Kontrak buruh akan ditandatangani di syarikat di Jepun. Syarikat kami sudah menghantar ramai pekerja sebelum ini.
    .title = Kilang makanan di Aichi
    .source = Mesej Zalo daripada orang tengah
    .explain = Deposit yang sangat besar untuk menahan tempat, gaji melebihi kebiasaan bagi kerja seperti itu, tiada latihan bahasa, dan tiada kontrak sehingga anda tiba. Undang-undang mengehadkan yuran perkhidmatan kepada gaji sebulan bagi setiap tahun kontrak, dan hanya dikutip selepas kontrak ditandatangani.

quiz-in-rec-welder-jubail = Sharma Overseas Manpower (ejen pengambilan berdaftar, RC B-2187/MUM/PART/1000+/5/9930/2021) sedang memilih pengimpal paip untuk projek penapisan di Jubail, Arab Saudi: SAR 2,200 sebulan, makanan dan tempat tinggal daripada majikan. Ujian kemahiran di Mumbai pada 12 Mei. Caj perkhidmatan ₹20,000 serta GST, dengan resit.
    .title = Pengimpal untuk Jubail
    .source = Iklan akhbar daripada ejen
    .explain = Nombor pendaftaran yang boleh dicari, ujian kemahiran untuk kerja mahir, gaji biasa, dan caj perkhidmatan di bawah had sah ₹30,000 (serta GST), dengan resit.

quiz-in-rec-data-bangkok = Helo, kami dapat profil anda daripada portal pekerjaan. Sebuah syarikat digital di Bangkok perlukan kakitangan kemasukan data: ₹1.2 lakh sebulan, makan dan tempat tinggal percuma, hanya bahasa Inggeris asas dan menaip. Temu duga ialah sembang ringkas di WhatsApp hari ini. Anda boleh pergi dengan visa semasa ketibaan; pasukan kami menjemput di lapangan terbang.
    .title = Kemasukan data di Bangkok
    .source = Mesej WhatsApp
    .explain = Gaji sangat tinggi untuk kerja mudah, "temu duga" melalui sembang, dan masuk sebagai pelancong untuk bekerja. Kerajaan India telah memberi amaran bahawa tawaran seperti ini membawa ke pusat penipuan di Myanmar, Laos dan Kemboja.

## Messages from strangers

quiz-msg-dating-meet = Saya sangat seronok berbual minggu ini 😊 Nak minum kopi petang Sabtu, di kafe sebelah perpustakaan? Atau panggilan video sekejap dulu kalau awak lebih suka; ikut awak. Saya lapang selepas pukul 3, dan pemiliknya buat kek mangga yang sedap.
    .title = Kopi pada hari Sabtu
    .source = Mesej aplikasi temu janji
    .explain = Orang yang mencadangkan berjumpa di tempat awam, menyerahkan pilihan kepada anda dan tidak meminta apa-apa sedang melakukan apa yang dielakkan penipu cinta. Panggilan video membantu, walaupun video boleh dipalsukan; yang paling penting, wang atau tip tidak pernah menjadi sebahagian daripadanya.

quiz-msg-wallet-found = Helo, adakah anda kehilangan dompet? Saya jumpa satu di stesen bas pusat dengan kad perniagaan anda di dalamnya dan serahkan kepada pejabat stesen, kaunter 2. Anda boleh mengambilnya di sana dengan kad pengenalan sehingga 8 malam pada hari bekerja. Tak perlu balas, saya cuma mahu anda tahu.
    .title = Dompet yang hilang
    .source = SMS daripada nombor tidak dikenali
    .explain = Nombornya tidak dikenali, tetapi mesej itu tidak meminta apa-apa: tiada wang, tiada pautan, tiada sembang. Ia menghantar anda ke pejabat awam di mana anda menunjukkan kad pengenalan anda sendiri.

quiz-msg-wrong-number-sorry =
    Hai Dara, makan malam masih pukul 7? Saya dah tempah meja tepi tingkap 🙂
    (Anda membalas: "Maaf, salah nombor.")
    Alamak, maaf sangat! Saya mesti tersalah simpan nombor. Harap saya tak mengganggu. Selamat petang.
    .title = Tempahan makan malam
    .source = SMS daripada nombor tidak dikenali
    .explain = Salah nombor memang berlaku. Orang ini meminta maaf, berhenti dan tidak meminta apa-apa; tanda amarannya ialah orang asing yang terus berbual selepas anda kata salah nombor.

quiz-msg-dating-telegram = Saya tak pernah rasa serapat ini dengan sesiapa secepat ini 😊 Aplikasi ini asyik log keluar saya, boleh kita berbual di Telegram? Kamera telefon lama saya rosak, tapi saya akan telefon awak betul-betul bila balik dari kapal bulan depan. Ceritalah lagi tentang hari awak.
    .title = Kenalan yang bekerja di kapal
    .source = Mesej aplikasi temu janji
    .explain = Perasaan kuat dengan sangat cepat, berpindah segera ke aplikasi lain, dan alasan untuk tidak bercakap melalui video. Bersama-sama, ini ciri penipuan cinta, yang sering bertukar menjadi "pelaburan" kemudian.

quiz-msg-social-nurse = Hai, saya nampak komen awak dalam kumpulan pelancongan dan terpaksa menegur, awak nampak sangat baik! Saya jururawat di Toronto. Saya jarang guna Facebook, boleh kita sembang di WhatsApp? Pak cik saya ajar saya dagangan emas tahun lepas dan ia mengubah hidup saya.
    .title = Jururawat dari kumpulan pelancongan
    .source = Mesej Facebook daripada orang asing
    .explain = Orang asing yang memuji anda, mahu segera berpindah ke aplikasi peribadi, dan awal-awal lagi menyebut kejayaan dagangan. Ini langkah pertama penipuan yang mencampurkan persahabatan dan pelaburan.

quiz-msg-wrong-number-chatty =
    Helo, adakah ini Encik Chen? Saya cuma mengesahkan tempahan golf kita pada hari Ahad.
    (Anda membalas: "Maaf, salah nombor.")
    Oh, maafkan saya, awak nampak sangat sopan! Saya Linda, saya ada perniagaan kecil import wain di Singapura. Boleh saya tahu awak dari mana?
    .title = Tempahan golf
    .source = Nombor tidak dikenali di WhatsApp
    .explain = Ia bermula seperti kesilapan biasa, tetapi selepas anda kata salah nombor, orang itu terus berbual, memuji anda dan bertanya tentang hidup anda. Banyak penipuan cinta dan pelaburan bermula tepat seperti ini.

## Investment and money

quiz-inv-bank-card = Amaran bank: kami menghentikan bayaran kad sebanyak US$ 320 di kedai dalam talian pada 02:14 hari ini. Jika ini bukan anda, sila hubungi kami di nombor yang tercetak pada kad anda. Jika ini anda, anda boleh cuba membayar semula. Kami tidak akan sekali-kali meminta PIN, kata laluan atau kod sekali guna.
    .title = Bayaran kad yang dihentikan
    .source = SMS daripada bank anda
    .explain = Tiada pautan dan tiada nombor untuk dihubungi: ia menghantar anda ke nombor yang tercetak pada kad anda sendiri, yang anda tahu benar. Amaran yang membawa pautan atau meminta kod ialah yang patut dicurigai.

quiz-inv-bond-friend = Akhirnya saya letak sedikit simpanan dalam bon kerajaan di pejabat pos: kira-kira 6% setahun, tetap selama 5 tahun 😄 Tak menarik, tapi selamat. Jangan letak wang yang mungkin awak perlukan tak lama lagi, dan tanya sendiri di kaunter, mereka terangkan dengan baik. Mungkin kita boleh raikan dengan makan malam murah.
    .title = Bon simpanan kawan
    .source = Mesej daripada kawan
    .explain = Kawan yang anda kenal, kadar tetap yang sederhana daripada institusi awam, tiada aplikasi untuk dipasang dan tiada tekanan: mereka malah menyuruh anda bertanya sendiri di kaunter. Tip penipuan menjanjikan untung cepat dan besar di platform yang hanya mereka tahu.

quiz-inv-fraud-refund = Mengenai tuntutan penipuan yang anda laporkan di cawangan kami pada 3 Mac (ruj. FR-20419): ia telah diluluskan. Jumlah penuh akan dikembalikan ke akaun anda dalam 10 hari bekerja. Tiada apa-apa untuk anda bayar dan tiada kod untuk dikongsi. Jika ada soalan, kunjungi mana-mana cawangan dengan rujukan ini.
    .title = Tuntutan penipuan anda
    .source = E-mel daripada bank anda
    .explain = Ia tentang tuntutan yang anda buat sendiri di bank anda sendiri, dan ia tidak meminta apa-apa: tiada yuran, tiada kod, tiada pautan. Penipuan "pemulihan" menghubungi anda tanpa diminta dan mahukan yuran dahulu.

quiz-inv-crypto-tip = Pak cik saya kerja di platform dagangan dan kongsi tipnya dengan keluarga. Saya dapat $2,300 minggu ini 😄 Mula kecil-kecil, $300 pun boleh. Untung pertama awak boleh dikeluarkan keesokan harinya, jadi awak nampak ia benar. Malam ini saya boleh tunjukkan cara ia berfungsi.
    .title = Tip dagangan daripada kawan baharu
    .source = Kawan baharu di WhatsApp
    .explain = Tip daripada orang yang anda kenal dalam talian, untung besar, dan pengeluaran kecil awal "supaya awak nampak ia benar". Penipu membenarkan anda mengeluarkan sedikit untuk membina kepercayaan sebelum anda memasukkan lebih banyak.

quiz-inv-recovery-firm = Kami ialah firma pemulihan dana berlesen yang bekerjasama dengan pengawal selia antarabangsa. Penyiasat kami telah menjejak $31,000 daripada pelaburan anda yang hilang ke sebuah akaun bursa. Untuk membuka kes anda, yuran boleh dikembalikan sebanyak 1,500 USDT diperlukan. Nombor kes anda RC-88412; pasukan kami ada pada hari bekerja.
    .title = Firma pemulihan dana
    .source = E-mel daripada firma pemulihan
    .explain = Ia datang tanpa anda minta, mendakwa ada hubungan dengan pengawal selia, dan mahukan yuran dalam kripto dahulu. Polis dan pengawal selia tidak mengenakan bayaran untuk mendapatkan semula wang anda; ini penipuan kedua yang menyasarkan orang yang sudah kehilangan wang.

quiz-inv-withdrawal-tax = Pengeluaran anda sebanyak 48,300 USDT sedang diproses. Di bawah peraturan antarabangsa pencegahan pengubahan wang haram, cukai pendapatan peribadi 15% (7,245 USDT) mesti dibayar sebelum dana dilepaskan. Sila lengkapkan bayaran dalam masa 72 jam supaya akaun anda kekal aktif.
    .title = Pengeluaran yang ditahan
    .source = Notis aplikasi dagangan
    .explain = Platform sebenar memotong sebarang yuran daripada baki anda; ia tidak menahan wang anda sehingga anda menghantar lebih. Membayar "cukai" ini biasanya membawa kepada yuran lain, dan wang itu tidak pernah dilepaskan.
