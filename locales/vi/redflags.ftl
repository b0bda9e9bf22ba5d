# Machine-drafted translation: needs review by a native speaker.
# The red flags: a short name, why the tactic works on people (.explain), and what to do instead (.advice).
# Ids follow scenarios/redflags.toml: redflag-<id>.

## A. The job advert

redflag-vague-role = Tên công việc mơ hồ
    .explain = Những tên như "marketing online", "nhập liệu" hay "chăm sóc khách hàng" nghe bình thường và an toàn, nên hầu như ai cũng hình dung mình làm được. Tin tuyển dụng cố tình viết mơ hồ vì công việc thật là đi lừa đảo.
    .advice = Hãy yêu cầu bản mô tả công việc bằng văn bản, cùng tên đầy đủ và địa chỉ của chủ lao động. Kiểm tra công ty với cơ quan quản lý lao động ngoài nước của nước bạn hoặc đại sứ quán của nước đó.

redflag-pay-too-good = Lương cao bất thường
    .explain = Mức lương gấp nhiều lần mặt bằng trong nước, lại không cần kinh nghiệm, thì rất khó từ chối, nhất là khi đang thiếu tiền. Ai cũng có thể bị hấp dẫn, và đó chính là lý do kẻ buôn người dùng chiêu này.
    .advice = So sánh mức lương với lương của cùng công việc đó ở trong nước và ở nước kia. Nếu cao hơn rất nhiều mà không cần tay nghề, hãy kiểm tra với cơ quan quản lý lao động ngoài nước trước khi trả lời.

redflag-all-expenses-paid = Được lo trọn gói mọi chi phí
    .explain = Vé máy bay, chỗ ở, ăn uống và visa đều miễn phí khiến chuyến đi có vẻ dễ dàng và an toàn. Về sau, những chi phí này có thể biến thành một khoản nợ mà bạn bị bắt phải làm để trả.
    .advice = Hỏi rõ ai trả tiền và bạn có phải nợ gì không, và yêu cầu câu trả lời ghi trong hợp đồng. Kiểm tra lời mời với cơ quan quản lý lao động ngoài nước hoặc đại sứ quán trước khi lên đường.

redflag-social-media-ad = Tin tuyển dụng trên mạng xã hội
    .explain = Facebook, Instagram, TikTok và Telegram là nơi nhiều người vẫn tìm việc, và một bài đăng được nhiều người chia sẻ trông có vẻ đáng tin. Công ty môi giới có giấy phép dùng kênh chính thức; kẻ buôn người thì không cần.
    .advice = Tìm cùng công việc đó qua một công ty môi giới có giấy phép. Kiểm tra giấy phép của công ty với cơ quan quản lý lao động ngoài nước của nước bạn.

redflag-no-company-details = Không có tên công ty, không có địa chỉ
    .explain = Không có tên công ty, địa chỉ hay mô tả công việc thì bạn không có gì để kiểm tra, và cũng không ai phải chịu trách nhiệm. Người ta thường lấp khoảng trống đó bằng hy vọng.
    .advice = Yêu cầu tên đăng ký, địa chỉ của chủ lao động và mô tả công việc bằng văn bản. Nếu họ không đưa, đừng đi.

redflag-friend-vouches = Người quen nói là không sao
    .explain = Chúng ta tin bạn bè và người thân, nên lời mời đến qua người quen có cảm giác an toàn. Người quen đó có thể cũng tin thật, hoặc có thể đang bị bọn tuyển người ép buộc.
    .advice = Cảm ơn người quen, rồi tự mình kiểm tra công việc với cơ quan quản lý lao động ngoài nước hoặc đại sứ quán. Việc làm thật thì vẫn còn đó sau khi bạn kiểm tra.

## B. The recruiter conversation

redflag-chat-only-unlicensed = Chỉ nhắn tin, không có công ty môi giới được cấp phép
    .explain = Người tuyển dụng chỉ nói chuyện qua WhatsApp, Telegram hay Messenger có thể biến mất bất cứ lúc nào mà không để lại dấu vết. Việc làm ở nước ngoài không qua cơ quan quản lý lao động ngoài nước thì bạn không được cơ quan đó bảo vệ.
    .advice = Hỏi công ty môi giới có giấy phép nào đang làm hồ sơ cho công việc này, và kiểm tra với cơ quan quản lý lao động ngoài nước của nước bạn, như DMW ở Philippines. Nếu công việc không được đăng ký ở đó, đừng đi.

redflag-chat-interview = Phỏng vấn chỉ qua tin nhắn
    .explain = Một cuộc nhắn tin ngắn và bài kiểm tra đánh máy nghe như tin vui: bạn đậu rồi! Nhưng chủ lao động thật muốn biết kỹ năng của bạn và nói rõ với bạn về công việc.
    .advice = Hãy đề nghị một buổi phỏng vấn thật qua video với chủ lao động, và hỏi bạn sẽ làm cho ai, ở đâu. Gọi video có ích nhưng có thể bị làm giả, nên hãy kiểm tra thêm công ty với đại sứ quán của nước đó.

redflag-upfront-fee = Phải đóng phí trước
    .explain = Khi đã trả tiền rồi thì khó bỏ ngang, vì không ai muốn mất số tiền đã bỏ ra. Cả kẻ tuyển người giả lẫn các công ty "lấy lại tiền" giả đều dùng chiêu này để bạn cứ tiếp tục, hết khoản phí này đến khoản phí khác.
    .advice = Đừng chuyển tiền cho cá nhân nào để có việc ở nước ngoài hay để lấy lại tiền đã mất. Hỏi cơ quan quản lý lao động ngoài nước xem khoản phí nào là hợp pháp, hỏi ngân hàng hoặc công an trước khi trả tiền cho bất kỳ ai hứa lấy lại tiền, và luôn đòi biên lai chính thức.

redflag-location-changes = Nơi làm việc chuyển sang nước khác
    .explain = Những tin như "kế hoạch thay đổi, văn phòng giờ ở Campuchia" đến sau khi bạn đã nhận lời, nên rất dễ xuôi theo. Chủ lao động thật không đổi nước vào phút chót.
    .advice = Nếu nước hay thành phố thay đổi, hãy dừng lại và kiểm tra lại với cơ quan quản lý lao động ngoài nước và đại sứ quán. Cho một người bạn tin tưởng biết chính xác bạn đang đi đâu.

redflag-polish-not-proof = Trang web đẹp không phải là bằng chứng
    .explain = Trang web đẹp, số đăng ký, logo chính thức và một giọng nói thân thiện, kiên nhẫn khiến lời mời có vẻ thật. Kẻ lừa đảo biết điều đó nên bắt chước công ty và cơ quan thật, vì vậy cả người cẩn thận, có học thức cũng bị lừa.
    .advice = Kiểm tra qua các kênh chính thức do chính bạn tìm ra, không qua đường link, số điện thoại hay giấy tờ họ gửi: đại sứ quán, cơ quan đăng ký doanh nghiệp của nước đó, cơ quan quản lý lao động ngoài nước, ngân hàng của bạn.

redflag-pressure-no-contract = Bị hối thúc và không có hợp đồng
    .explain = Khi có người nói ngày mai là hết chỗ, rất khó dừng lại để suy nghĩ. Người tuyển dụng khó chịu khi bị hỏi có thể đang che giấu điều gì đó.
    .advice = Cứ thong thả, và đừng bao giờ lên đường khi chưa có hợp đồng bằng văn bản ghi rõ chủ lao động, công việc, nơi làm và mức lương. Lời mời thật có thể đợi vài ngày để bạn kiểm tra.

## C. Travel and arrival

redflag-tourist-visa = Bị bảo đi bằng visa du lịch
    .explain = Visa du lịch làm nhanh và rẻ, nên nghe như một lối tắt tiện lợi. Nhưng visa này không cho phép bạn làm việc, và khiến bạn không được pháp luật bảo vệ.
    .advice = Đi làm ở nước ngoài cần visa lao động. Hỏi đại sứ quán của nước đó xem công việc cần loại visa nào trước khi lên đường.

redflag-coached-to-lie = Bị dặn nói dối ở sân bay
    .explain = Bị dặn nói "đi du lịch" hay làm như không quen những người đi cùng có thể nghe như một mẹo nhỏ cho nhanh. Nhưng nó cũng khiến cán bộ xuất nhập cảnh không nhận ra bạn đang cần giúp đỡ.
    .advice = Nếu có ai dặn bạn phải nói gì với xuất nhập cảnh, hãy dừng lại. Nói thật với cán bộ xuất nhập cảnh; họ có thể giúp bạn.

redflag-passport-handover = Bị lấy hộ chiếu ở sân bay
    .explain = Một người liên lạc tốt bụng "lo giấy tờ giúp" có thể khiến bạn thấy nhẹ nhõm. Nhưng hộ chiếu có thể quay về với dấu hoặc giấy tờ giả, khiến bạn không được pháp luật bảo vệ, còn người kia thì biến mất.
    .advice = Đừng bao giờ đưa hộ chiếu cho ai, trừ cán bộ ngồi tại quầy. Nếu có người đề nghị "lo" thủ tục xuất cảnh cho bạn, hãy bỏ đi và báo với cán bộ xuất nhập cảnh.

redflag-indirect-route = Lộ trình vòng vèo, lạ lùng
    .explain = Bay quá cảnh qua Hồng Kông, Singapore, Bangkok hay Dubai, hoặc đi "cửa sau" bằng thuyền, được giải thích là rẻ hơn hay nhanh hơn. Nhưng nó cũng khiến nhà chức trách, và gia đình bạn, khó biết bạn đang ở đâu.
    .advice = Hỏi vì sao không đi thẳng, và báo cho một người bạn tin tưởng từng chặng của hành trình. Nếu bị bảo đi thuyền hoặc tránh trạm kiểm soát, đừng đi.

redflag-informal-border = Vượt biên trái phép
    .explain = Sau một chặng đường dài, khi tài xế bảo "mình qua đây thôi" thì rất dễ làm theo. Vượt biên không qua cửa khẩu, ví dụ từ Thái Lan sang Myawaddy ở Myanmar hay vào vùng Tam Giác Vàng ở Lào, không để lại hồ sơ và bạn không được bảo vệ.
    .advice = Chỉ qua biên giới ở cửa khẩu chính thức, có đóng dấu vào hộ chiếu. Nếu chuyện đó đã xảy ra với bạn, hãy liên hệ đại sứ quán ngay khi có thể làm một cách an toàn.

## D. Inside the compound

redflag-passport-phone-taken = Bị lấy hộ chiếu và điện thoại
    .explain = "Giữ giùm cho an toàn" nghe có vẻ quan tâm, và khó mà từ chối ông chủ mới. Không có hộ chiếu và điện thoại, bạn không thể rời đi hay gọi cầu cứu.
    .advice = Tự giữ hộ chiếu của mình, và để lại bản sao hộ chiếu và hợp đồng cho một người tin tưởng ở nhà. Hẹn với gia đình những giờ liên lạc cố định, để nếu bạn im lặng thì họ biết mà hành động.

redflag-debt-bondage = Khoản nợ bạn chưa từng đồng ý
    .explain = Bị nói rằng bạn nợ tiền vé, tiền ăn và chỗ ngủ khiến bạn thấy mình phải trả. Người tử tế thấy mình bị ràng buộc bởi nợ, và cảm giác đó bị lợi dụng để giữ chân họ.
    .advice = Khoản nợ do bị lừa mà mắc phải là thủ đoạn của bọn mua bán người, không phải hóa đơn công bằng. Khi an toàn, hãy liên hệ đại sứ quán hoặc đường dây nóng: chuyện đã xảy ra không phải lỗi của bạn, và bạn được giúp mà không cần trả nợ.

redflag-quotas-punishment = Chỉ tiêu và hình phạt
    .explain = Chỉ tiêu đi kèm tiền phạt hay đánh đập khiến người ta làm việc vì sợ hãi. Nỗi sợ làm người ta khó nghĩ đến điều gì khác ngoài việc sống qua ngày.
    .advice = Hãy nhớ rằng bạn là nạn nhân, không phải tội phạm. Khi có thể làm một cách an toàn, hãy liên hệ đại sứ quán, đường dây nóng hoặc gia đình và cho họ biết bạn đang ở đâu.

redflag-guarded-compound = Tường cao, lính canh và camera
    .explain = Dây thép gai, lính canh có vũ trang và camera ở đó để giữ người bên trong, không phải để ngăn nguy hiểm bên ngoài. Chúng được dựng lên để bạn cảm thấy không thể nào rời đi.
    .advice = Đừng một mình liều trốn thoát nguy hiểm. Khi có thể làm một cách an toàn, hãy gửi vị trí chính xác của bạn cho đại sứ quán, một tổ chức đáng tin cậy hoặc gia đình.

redflag-violence-ransom = Bạo lực và đòi tiền chuộc
    .explain = Làm hại người khác, hoặc đe dọa làm vậy, và đòi tiền gia đình là cách để khống chế mọi người bên trong. Gia đình muốn giúp vì thương bạn, và điều đó cũng bị lợi dụng.
    .advice = Nếu gia đình bị đòi tiền chuộc, họ nên liên hệ đại sứ quán hoặc đường dây nóng của nước mình trước, và giữ lại mọi tin nhắn nhận được.

redflag-police-leak = Cảnh sát địa phương có thể báo cho bọn cầm đầu
    .explain = Gọi cho cảnh sát địa phương có vẻ là việc nên làm. Nhưng những người sống sót kể rằng một số cảnh sát địa phương đã chuyển lời cầu cứu lại cho bọn cầm đầu khu lừa đảo, và người gọi bị trừng phạt.
    .advice = Hãy liên hệ trước với đại sứ quán, đường dây nóng quốc gia, một tổ chức đáng tin cậy hoặc gia đình, và cho biết vị trí chính xác của bạn. Họ có thể yêu cầu giải cứu qua những kênh an toàn hơn.

## E. The person being scammed

redflag-wrong-number = "Nhắn nhầm số" mà vẫn nói chuyện tiếp
    .explain = Lịch sự với người lạ nhắn nhầm thì có vẻ vô hại. Nhưng "sự nhầm lẫn" đó được sắp đặt: nó mở đầu một cuộc trò chuyện thân thiện, rồi vài tuần sau có thể thành lời hỏi tiền.
    .advice = Nếu người lạ vẫn tiếp tục nói chuyện sau khi bạn báo là nhầm số, hãy thôi trả lời và chặn họ. Đừng bao giờ nghe lời khuyên về tiền bạc của người mà bạn chỉ biết qua tin nhắn.

redflag-move-to-private-app = Vội chuyển sang nhắn tin riêng
    .explain = Được quan tâm nhiều và nghe lời ngọt ngào thì dễ chịu, nhất là khi đang cô đơn. Chuyển sang WhatsApp, Line, Telegram hay WeChat đưa bạn ra khỏi các lớp kiểm tra an toàn của ứng dụng hẹn hò, và lúc nào cũng có lý do để không gặp mặt hay gọi video.
    .advice = Hãy ở lại ứng dụng nơi hai người quen nhau. Gọi video trực tiếp có ích, nhưng video có thể bị làm giả bằng công cụ ghép mặt, nên nó chứng minh ít hơn bạn nghĩ. Quy tắc luôn đúng: đừng bao giờ đầu tư hay gửi tiền theo lời mách nước của người chỉ quen trên mạng, và hãy kể với một người bạn.

redflag-crypto-tip-early-profit = Mách nước tiền ảo, lời nhanh
    .explain = Một khoản lời nhỏ, hay một lần rút tiền nhỏ thành công, khiến nền tảng trông như thật. Nó tạo lòng tin để bạn bỏ vào nhiều hơn nữa.
    .advice = Đừng bao giờ đầu tư chỉ vì một người quen trên mạng bảo bạn làm. Kiểm tra nền tảng với cơ quan quản lý tài chính của nước bạn, và nói chuyện với người bạn tin tưởng trước.

redflag-blocked-withdrawal = Phải đóng phí mới rút được tiền
    .explain = Khi số dư trông rất lớn, đóng thêm một khoản "thuế" hay "phí" để rút ra có vẻ đáng. Nhưng số dư đó không có thật, và mỗi lần trả lại có thêm một khoản phí mới.
    .advice = Đừng đóng bất kỳ phí hay thuế nào để rút tiền. Ngừng trả tiền, giữ lại mọi tin nhắn, và báo cho công an hoặc đường dây nóng chống lừa đảo quốc gia.

redflag-recovery-scam = Lời mời lấy lại tiền đã mất
    .explain = Sau khi mất tiền, lời mời lấy lại tiền mang đến hy vọng. Các công ty "thu hồi tiền" và "luật sư" giả nói rằng họ làm việc với FBI hay cơ quan quản lý, rồi đòi phí, thường là bằng tiền ảo.
    .advice = Công an và cơ quan quản lý thật không thu phí để điều tra. Báo vụ lừa đảo đầu tiên qua trang tiếp nhận tố giác chính thức, và bỏ qua bất kỳ ai đề nghị lấy lại tiền cho bạn để lấy phí.
