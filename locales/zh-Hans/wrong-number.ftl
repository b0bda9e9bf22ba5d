# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = 发错的消息
wrong-number-summary = 一个友善的陌生人误发了一条消息给你，然后就一直找你聊天。你已经退休，下午的时间很清闲：聊到什么程度，由你决定。

## Characters

wrong-number-character-texter = 陌生号码
wrong-number-character-unknown = 陌生号码
wrong-number-character-stranger = { $stranger }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = 资产追回服务中心

## Variables

wrong-number-who-ray = 雷，67岁，住在澳大利亚布里斯班，老伴已经过世
wrong-number-who-teresita = 特蕾西塔，64岁，退休教师，住在菲律宾伊洛伊洛
wrong-number-who-mei-ling = 美玲，70岁，已经当了奶奶，住在马来西亚怡保
wrong-number-group-walking = 健走小组
wrong-number-group-choir = 合唱团
wrong-number-group-tai-chi = 太极班
wrong-number-stranger-anna = 安娜
wrong-number-stranger-jenny = 珍妮
wrong-number-stranger-vivian = 薇薇安
wrong-number-friend-lily = 莉莉
wrong-number-friend-tony = 托尼
wrong-number-friend-rosa = 罗莎

## 真的发错了

wrong-number-intro = 你是{ $who }。退休以后，日子又长又安静。一周里最开心的，是每周四的{ $group }活动。一个星期一的早上，你的手机响了。

wrong-number-plumber = 罗伯你好，我是隔壁的苏。明天10点水管工还来吗？我会把院门开着。
wrong-number-plumber-reply-wrong = 回复：“不好意思，你好像发错人了。”
    .feedback = 友善又简单。接下来看看会发生什么：之后的事比第一条消息更能说明问题。
wrong-number-plumber-ignore = 不理它。不是你的水管工，不关你的事
    .feedback = 这样也可以。你没有义务回复陌生人。

wrong-number-sorry-oops = 哎呀，真不好意思！我把号码输错了。是我的错！
wrong-number-sorry-bye = 祝你今天愉快。
wrong-number-sorry-say-ok = 回复“没关系！”，然后继续过你的一天
    .feedback = 真正发错的消息就是这样：道个歉，然后就没有下文了。不会再聊，不会打听你的生活，也不会谈钱。
wrong-number-sorry-block-anyway = 为了保险，拉黑并举报这个号码
    .feedback = 可以这样做，但这次真的是发错了：苏道了歉就停了。发错消息每天都会发生。真正暴露骗局的，是你说了“发错了”之后发生的事。

## 骗局开始

wrong-number-anna-text = 你好，我是{ $stranger }！我们今天还一起喝茶吗？
    .discuss = 怎样分辨真正发错的消息和骗局的开头？
wrong-number-anna-text-tell-wrong = 客气地回复：“不好意思，你发错人了。”
    .feedback = 礼貌地回一句很正常，大多数人都会这么做。真正的考验在后面：对方会不会道个歉就停下？
wrong-number-anna-text-block-now = 不回复，直接拉黑并举报这个号码
    .feedback = 很安全，这也是你的权利：拉黑一个陌生人，你什么都不会损失。只是要记住，单单一条消息，也可能真的是发错了。危险信号是：你说了“发错了”之后，陌生人还一直找你聊。

wrong-number-keeps-chatting-sorry = 哎呀，太尴尬了！真对不起。
    .discuss = 这和真正发错的消息有什么不同？
wrong-number-keeps-chatting-kind = 不过你听起来人真好。现在很少有人回复得这么客气了。
wrong-number-keeps-chatting-fate = 我叫{ $stranger }，开了一家小花店。也许这次发错是缘分呢？你是哪里人？
wrong-number-keeps-chatting-chat-back = 聊几句。她很友好，下午又长
    .feedback = 真正发错的人道个歉就停了。这个人道了歉却还继续聊，又是夸你，又是打听你的事。这是很多长期骗局的常见开头，它之所以管用，是因为善意和陪伴让谁都觉得舒服。
wrong-number-keeps-chatting-block-report = 祝她今天愉快，然后拉黑并举报这个号码
    .feedback = 眼光很准。真正发错的人道个歉就停了。一条“发错的消息”变成友好的聊天，这是感情诈骗和投资诈骗常见的开场。

wrong-number-move-app-whatsapp = 从这边发短信太贵了。我们能在WhatsApp上聊吗？这是我的号码。
wrong-number-move-app-photo = （她发来一张照片：一个笑容满面的女人坐在明亮的咖啡馆里，桌上放着一壶茶。）
wrong-number-move-app-add = 在WhatsApp上加她。反正大家都在用
    .feedback = 很快转到私人聊天软件，是这类骗局常见的一步：在那里，别人看不到你们的聊天。单凭这一点说明不了什么，但对方是一个发错消息后还缠着不放的陌生人，这就是一个警告。
wrong-number-move-app-ask-video = 说：“在那之前，我们先视频一下吧，这样我知道是在跟谁聊。”
    .feedback = 一个合理的测试：做这类诈骗的人常常回避视频，因为照片是别人的。视频通话有帮助，但可能被换脸工具伪造。始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。

## 几个星期的暖心聊天

wrong-number-friendship-morning = 早上好！我泡了茶，想起了你。昨晚睡得好吗？
    .discuss = 为什么这样的每日问候这么管用？
wrong-number-friendship-lonely = 我妈妈去年走了。从那以后，我在这座大城市里觉得好孤单。
wrong-number-friendship-best-part = 和你聊天是我一天里最开心的时候。你真的懂我。
wrong-number-friendship-open-up = 跟她聊你的生活、你的家人，还有日子过得多冷清
    .feedback = 每天的暖心问候、分享伤心事、“你懂我”，会非常快地建立感情。这叫“爱情轰炸”，对任何有点孤单的人都管用，而我们大多数人都会孤单。她也在摸清什么对你最重要。
wrong-number-friendship-ask-video = 提议视频通话。能见见她也挺好
    .feedback = 很好的试探。聊了几个星期的暖心话，却从没露过脸，这是这类骗局最明显的迹象之一。连视频通话都可能被伪造，所以始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。
wrong-number-friendship-step-back = 一切都太甜、太快了。不再回复，拉黑她
    .feedback = 直觉很准。一个“不小心”找到你的陌生人，在私人软件里迅速和你亲近起来，这是大家熟知的套路。你可以直接走开，不用解释。

wrong-number-no-video-camera = 哎呀，我手机摄像头坏了，好尴尬。
wrong-number-no-video-shy = 而且说实话我很害羞。我今天样子好难看。
wrong-number-no-video-promise = 下周吧，我保证！我们先在这里聊吧。
wrong-number-no-video-accept = 算了。很多人面对镜头都会害羞
    .feedback = 一个借口可能是真的，但借口总会一个接一个。一个每天都找你聊、却从来不肯露脸的人，是在隐瞒自己的身份。
wrong-number-no-video-accept-later = 算了。很多人面对镜头都会害羞
    .feedback = 一个借口可能是真的，但借口总会一个接一个。一个每天都找你聊、却从来不肯露脸的人，是在隐瞒自己的身份。
wrong-number-no-video-stop-block = 不视频，就不再聊。拉黑并举报她
    .feedback = 没错。一个总是"马上就"视频却从不视频的朋友，是典型的信号。照片往往取自别人的主页，而且连视频通话都可以伪造，所以网友给的赚钱消息从来都不安全。

## 钱

wrong-number-crypto-tip-uncle = 你知道吗，我舅舅教我炒加密货币。他知道行情什么时候会动。
    .discuss = 为什么要在交了几个星期的朋友之后，才开始谈钱？
wrong-number-crypto-tip-profit = （她发来一张交易软件的截图：她的账户这周赚了好几千美元。）
wrong-number-crypto-tip-try = 我也希望你能安享晚年。先从小钱开始，就${ $first }。我会一步一步教你。
wrong-number-crypto-tip-try-small = 试试${ $first }。钱不多，而且她一直对你那么好
    .feedback = 网上认识的人推荐加密货币或交易软件，这就是这种骗局（常被称为“杀猪盘”）的核心。“先从小钱开始”也是计划的一部分：先让你小赚一笔，建立信任，之后再让你投一大笔。
wrong-number-crypto-tip-say-no = 拒绝：你从不听没见过面的人给的理财建议。然后拉黑她
    .feedback = 对。一个陌生人在暖心地聊了几个星期后谈起加密货币，是在照着剧本走。真正的朋友不需要你投资才继续做你的朋友。

wrong-number-early-profit-grown = 你看！你的${ $first }一周就涨了将近30%！
wrong-number-early-profit-test = （她让你取出$50试一试。你照做了，第二天钱就到了你的银行账户。）
wrong-number-early-profit-bonus = 看到了吧？是真的！而且只有这周，平台对超过${ $big }的存款送30%奖励。用你的积蓄，你终于可以放松享福了！
wrong-number-early-profit-invest-savings = 把大部分积蓄都投进去。毕竟试着提现成功了
    .feedback = 一开始的小额收益，加上一笔真能到账的小额提现，就是诱饵：让你放心把多得多的钱交给这个软件。屏幕上的大数字不是真钱。
wrong-number-early-profit-stop-now = 到此为止。不再投一分钱，拉黑她，举报这个软件
    .feedback = 做得好。小额收益和轻松的第一次提现，就是为了给那笔大额存款建立信任。现在停下，就能保住你的积蓄，哪怕最开始的那点小钱拿不回来。

## 越陷越深

wrong-number-blocked-grow = 你把${ $big }转进了软件。余额每天都在涨，{ $stranger }不停地发来爱心和祝贺。
    .discuss = 钱明明“就在那里”，但不再付一笔钱就取不出来。为什么到了这一步很难停下来？你会对朋友说什么？
wrong-number-blocked-frozen = 当你想取钱时，软件显示：“提现已暂停。请缴纳${ $tax }的税款以解冻资金。”
wrong-number-blocked-she-says = { $stranger }写道：“别担心，大家都要交这个税。我还可以借你一点！”
wrong-number-blocked-pay-tax = 交税。跟余额比起来这点钱不算什么
    .feedback = 真正的平台会从你的余额里扣费用，不会在你提现前要你另外打钱。这笔“税”是骗局的下一步，后面还会有别的。
wrong-number-blocked-stop-report = 不再付任何钱。保存所有证据，给银行打电话并报案
    .feedback = 对。要先交“税”“手续费”或“充值”才能提现，这是这类骗局的最后阶段。马上给银行打电话，因为转账有时还能拦下，然后去报案。

wrong-number-more-fees-paid = 你交了税。第二天，软件显示：“账户审核中。请缴纳${ $tax }保证金以解冻资金。”
wrong-number-more-fees-almost = { $stranger }写道：“真烦人！不过这是最后一步了，然后我们一起庆祝。”
wrong-number-more-fees-pay-deposit = 再付一次。就差一点了
    .feedback = 根本没有最后一步：每付一次钱，就会有新的一笔，直到你停下为止。屏幕上的余额从来都不是真的。
wrong-number-more-fees-stop = 停下。保存所有证据，给银行打电话并报案
    .feedback = 对。第一笔“费用”之后又来第二笔，说明这笔钱永远也取不出来。现在停下，能保住剩下的钱。

wrong-number-silent = 你付了钱。第二天早上，软件打不开了，{ $stranger }也不再回复。一周后，你收到了一封电子邮件。

wrong-number-recovery = 我们知道您在加密货币诈骗中损失了钱。我们的团队与美国联邦调查局和国际监管机构合作，可以帮您追回${ $big }。首先，请用USDT支付10%的手续费。
wrong-number-recovery-pay-fee = 付手续费。能把钱追回来就值得
    .feedback = 这是第二次诈骗，专门针对刚刚被骗过钱的人。真正的警察和监管机构从不收取加密货币手续费来帮你追回钱。
wrong-number-recovery-refuse = 不回复。把这封邮件和其他证据一起举报
    .feedback = 对。自称和联邦调查局或监管机构有关系、又要你用加密货币付费的“追款”公司，是大家熟知的二次诈骗。真正的执法部门调查不会向你收费。

## 兴趣小组

wrong-number-club-day = 星期四的{ $group }活动上，你的朋友{ $friend }拿着手机，笑眯眯地走过来。

wrong-number-club-show = 你看这个！上个月有个女的发错消息给我。现在我们每天都聊天。她人可好了。
    .discuss = 怎么跟朋友提起这件事，才不会让对方觉得自己很傻？
wrong-number-club-uncle = 她舅舅是炒加密货币的。她说可以帮我赚点钱。我要不要试试？
wrong-number-club-warn = 告诉{ $friend }你遇到的事，并帮忙拉黑、举报这个号码
    .feedback = 很好。骗局靠沉默蔓延，朋友的一句话往往就能让它停下。一条“发错的消息”变成每天聊天，然后是理财推荐，这正是你自己刚刚见过的套路。
wrong-number-club-explain-real = 让{ $friend }看看区别：你遇到的那个真发错的人道了歉就停了；这个人却一直没停
    .feedback = 很好。这能帮{ $friend }分辨两者，而不是害怕每一条消息。真正发错的人会以一句道歉结束。骗子会一直聊下去，转到私人软件，然后谈到钱。
wrong-number-club-share-loss = 坦白告诉{ $friend }你也投过钱，以及结果怎样
    .feedback = 这需要勇气。羞耻感让很多人不敢开口，骗子就是靠这一点。你自己的经历，也许正是让{ $friend }停下来的原因。
wrong-number-club-stay-quiet = 什么都不说。这是{ $friend }的私事
    .feedback = 不想让朋友难堪，是出于好意。但这类骗局就是靠沉默，而{ $friend }现在正处在你一句话最能帮上忙的阶段。

## 结局

wrong-number-end-safe = 你拉黑并举报了这个号码，你的积蓄安然无恙。像“{ $stranger }”发来的这种消息，是犯罪团伙发出的。打字的人未必是自愿当骗子的：很多人是被虚假的海外工作骗过去，在诈骗园区里被迫发这些消息。
wrong-number-end-helped = 在更多钱被转走之前，你和{ $friend }一起拉黑并举报了这个号码。下一周，{ $group }里又有两个人说，他们也收到过同样的消息，现在他们知道那是什么了。以“{ $stranger }”的身份打字的人，很可能是在诈骗园区里被迫这么做的；大家敞开来谈，保护了你的朋友们。
wrong-number-end-scammed = 软件里的钱从来都不是真的，你付出去的钱已经没了。这是老练的犯罪分子精心策划的犯罪，不是你犯傻：各个年龄的人都会上当。现在就给银行打电话，向警方和全国反诈举报渠道报案，并告诉你信任的人。当心任何说要收费帮你追回钱的人。
wrong-number-end-recovery = 那家“追款”公司收了手续费就消失了：它也是骗子开的。被骗两次很常见，这不是你的错。停止一切付款，给银行打电话，把两次诈骗都向警方和全国反诈举报渠道报案。真正的帮助从不要求你用加密货币付费。

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = 转到私人聊天软件
    .explain = 发来"发错号码"短信的友善陌生人很快就提出转到 WhatsApp、Line、Telegram 或微信。私人聊天软件里没人看着，聊天记录容易删除，而且感觉更亲近：在提到钱之前，信任就是在那里建立起来的。
    .advice = 和陌生人的聊天要简短、公开。视频通话有帮助，但可能被换脸工具伪造。始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。
