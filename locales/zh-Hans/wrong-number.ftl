# Machine-drafted translation: needs review by a native speaker.
wrong-number-title = 发错的消息
wrong-number-summary = 一个友善的陌生人误发了一条消息给你，然后就一直找你聊天。你已经退休，下午的时间很清闲：聊到什么程度，由你决定。

## Characters

wrong-number-character-texter = 陌生号码
wrong-number-character-unknown = 陌生号码
wrong-number-character-stranger = { wrong-number-stranger-name }
wrong-number-character-friend = { $friend }
wrong-number-character-recovery = 资产追回服务中心
wrong-number-character-member = 陌生号码
wrong-number-character-platform = { $app }
wrong-number-character-regulator = 金融监管机构咨询热线
wrong-number-character-teller = 你开户支行的柜员

## Variables

wrong-number-who-ray = 雷，67岁，住在澳大利亚布里斯班，老伴已经过世
wrong-number-who-teresita = 特蕾西塔，64岁，退休教师，住在菲律宾伊洛伊洛
wrong-number-who-mei-ling = 美玲，70岁，已经当了奶奶，住在马来西亚怡保
wrong-number-group-walking = 健走小组
wrong-number-group-choir = 合唱团
wrong-number-group-tai-chi = 太极班
wrong-number-friend-lily = 莉莉
wrong-number-friend-tony = 托尼
wrong-number-friend-rosa = 罗莎
wrong-number-member-bernie = Bernie
wrong-number-member-lourdes = Lourdes
wrong-number-member-siew-lan = 秀兰
wrong-number-app-aurex = Aurex Markets
wrong-number-app-bitnova = BitNova Pro
wrong-number-app-coinwell = Coinwell Global

# The stranger: $stranger is a number, 1 or 2 for a woman, 3 or 4 for a man. Each locale chooses the name and
# the gendered words here, with a selector on $stranger; the other messages use these by reference.
wrong-number-stranger-name = { $stranger ->
    [1] 安娜
    [2] 薇薇安
    [3] 丹尼尔
   *[4] 马可
}
# "woman" or "man"
wrong-number-person = { $stranger ->
    [3] 男子
    [4] 男子
   *[other] 女子
}
# "she" or "he"
wrong-number-she = { $stranger ->
    [3] 他
    [4] 他
   *[other] 她
}
# "her" or "him"
wrong-number-her = { $stranger ->
    [3] 他
    [4] 他
   *[other] 她
}

## A real wrong number

wrong-number-intro = 你是{ $who }。退休以后，日子又长又安静。一周里最开心的，是每周四的{ $group }活动。一个星期一的早上，你的手机响了。

wrong-number-plumber = 罗伯你好，我是隔壁的苏。明天10点水管工还来吗？我会把院门开着。
wrong-number-plumber-reply-wrong = 回复：“不好意思，你好像发错人了。”
    .feedback = 友善又简单。接下来看看会发生什么：之后的事比第一条消息更能说明问题。
wrong-number-plumber-ignore = 不理它。不是你的水管工，不关你的事
    .feedback = 这样也可以。你没有义务回复陌生人。
wrong-number-plumber-block-first = 拉黑并举报。你读到过这类短信
    .feedback = 可以，你也不会损失什么。但这条确实是发错了：发错号码每天都有。让骗局露馅的，是说了"发错了"之后发生的事。

wrong-number-sorry-oops = 哎呀，真不好意思！我把号码输错了。是我的错！
wrong-number-sorry-bye = 祝你今天愉快。
wrong-number-sorry-say-ok = 回复“没关系！”，然后继续过你的一天
    .feedback = 真正发错的消息就是这样：道个歉，然后就没有下文了。不会再聊，不会打听你的生活，也不会谈钱。
wrong-number-sorry-block-anyway = 为了保险，拉黑并举报这个号码
    .feedback = 可以这样做，但这次真的是发错了：苏道了歉就停了。发错消息每天都会发生。真正暴露骗局的，是你说了“发错了”之后发生的事。
wrong-number-sorry-chat-more = 回复："没关系！希望你家的水管工比我家的靠谱。"
    .feedback = 友好地开个玩笑很自然。看看一个真实的人会怎么接。

wrong-number-sorry-chat-ha = 哈哈！谢谢。再说一次抱歉！
wrong-number-sorry-chat-gone = （之后再没有消息。Sue 还要去找她的邻居，还要等水管工。）

## The scam begins

wrong-number-anna-text = 嗨，我是{ wrong-number-stranger-name }！我们今天还约喝茶吗？
    .discuss = 怎样分辨真正的发错号码和骗局的开头？
wrong-number-anna-text-tell-wrong = 客气地回复：“不好意思，你发错人了。”
    .feedback = 礼貌地回一句很正常，大多数人都会这么做。真正的考验在后面：对方会不会道个歉就停下？
wrong-number-anna-text-ask-who = 回复："不好意思，请问你是哪位？"
    .feedback = 很自然的问题。它也告诉发信人：这个号码有真人在看。看看对方怎么回。
wrong-number-anna-text-block-now = 不回复，直接拉黑并举报这个号码
    .feedback = 很安全，这也是你的权利：拉黑一个陌生人，你什么都不会损失。只是要记住，单单一条消息，也可能真的是发错了。危险信号是：你说了“发错了”之后，陌生人还一直找你聊。

wrong-number-keeps-chatting-sorry = 哎呀，好尴尬！发错号码了，真不好意思。
    .discuss = 这和真正的发错号码有什么不同？
wrong-number-keeps-chatting-kind = 不过你听起来人真好。现在很少有人回复得这么客气了。
wrong-number-keeps-chatting-fate = 我叫{ wrong-number-stranger-name }，开了一家小花店。也许这次发错是缘分？你是哪里人？
wrong-number-keeps-chatting-chat-back = 聊几句。{ wrong-number-stranger-name }很友好，下午又长
    .feedback = 真正发错号码的人会道歉，然后就不再发。这个人道了歉却继续聊，又夸你又问你的事。这是长线骗局常见的开场，它之所以奏效，是因为善意和陪伴让谁都觉得舒服。
wrong-number-keeps-chatting-keep-polite = 礼貌回复，但不提你住在哪里、有些什么
    .feedback = 你什么也没透露，这是好习惯。但请注意正在发生的事：说了"发错了"之后还一直聊下去的陌生人，本身就是那个套路。
wrong-number-keeps-chatting-block-report = 祝{ wrong-number-stranger-name }今天愉快，然后拉黑并举报这个号码
    .feedback = 很敏锐。真正发错号码的人道歉后就停了。一条"发错号码"的短信变成亲切的聊天，是恋爱骗局和投资骗局常见的开场。

wrong-number-move-app-whatsapp = 从这边发短信太贵了。我们能在WhatsApp上聊吗？这是我的号码。
wrong-number-move-app-photo = （发来一张照片：一名笑容满面的{ wrong-number-person }坐在明亮的咖啡馆里，桌上放着一壶茶。）
wrong-number-move-app-add = 在 WhatsApp 上加{ wrong-number-stranger-name }。反正大家都在用
    .feedback = 很快转到私人聊天软件，是这类骗局的常见一步：在那里，没有别人看得到聊天内容。单看这一点说明不了什么，但加上一个发错号码后还不肯放手的陌生人，这就是警示。
wrong-number-move-app-ask-video = 说：“在那之前，我们先视频一下吧，这样我知道是在跟谁聊。”
    .feedback = 一个合理的测试：做这类诈骗的人常常回避视频，因为照片是别人的。视频通话有帮助，但可能被换脸工具伪造。始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。
wrong-number-move-app-stay-sms = 说你不想换软件，就此打住
    .feedback = 你让聊天留在原处。{ wrong-number-stranger-name }发来一个难过的表情；{ wrong-number-she }又发了两次，然后就不再发了：只能在私人软件里进行的聊天，本来就不是为了交朋友。

## Weeks of warm chat

wrong-number-friendship-morning = 早上好！我泡了茶，想起了你。昨晚睡得好吗？
    .discuss = 为什么这样的每日问候这么管用？
wrong-number-friendship-lonely = 我妈妈去年走了。从那以后，我在这座大城市里觉得好孤单。
wrong-number-friendship-best-part = 和你聊天是我一天里最开心的时候。你真的懂我。
wrong-number-friendship-open-up = 跟{ wrong-number-stranger-name }聊你的生活、你的家人，还有日子有多冷清
    .feedback = 每天的暖心问候、分享伤心事、"你懂我"，会很快建立感情。这叫爱情轰炸，对任何有点孤单的人都管用，而我们大多数人都有点孤单。这个陌生人也在摸清什么对你最重要。
wrong-number-friendship-ask-video = 提议视频通话。能见见{ wrong-number-stranger-name }也挺好
    .feedback = 很好的测试。几个星期温暖的消息却从没露过脸，是这类骗局最明显的迹象之一。视频也能造假，所以始终成立的规则是：永远不要因为网上认识的人给的建议去投资或转钱。
wrong-number-friendship-step-back = 一切都太甜、太快了。不再回复，并拉黑{ wrong-number-stranger-name }
    .feedback = 直觉很准。一个"不小心"找到你的陌生人，在私人软件里迅速和你变得亲密，是常见的套路。你可以不作解释就抽身。

wrong-number-no-video-camera = 哎呀，我手机摄像头坏了，好尴尬。
wrong-number-no-video-shy = 而且说实话我很害羞。我今天样子好难看。
wrong-number-no-video-promise = 下周吧，我保证！我们先在这里聊吧。
wrong-number-no-video-accept = 算了。很多人面对镜头都会害羞
    .feedback = 一个借口可能是真的，但借口总会一个接一个。一个每天都找你聊、却从来不肯露脸的人，是在隐瞒自己的身份。
wrong-number-no-video-accept-later = 算了。很多人面对镜头都会害羞
    .feedback = 一个借口可能是真的，但借口总会一个接一个。一个每天都找你聊、却从来不肯露脸的人，是在隐瞒自己的身份。
wrong-number-no-video-voice-call = "那就打个电话吧。我想听听你的声音。"
    .feedback = 合理的折中，很多真实的人也更喜欢语音通话。它能说明那边有个真人；说明不了那个人在替谁做事。
wrong-number-no-video-stop-block = 不视频，就不再聊。拉黑并举报{ wrong-number-stranger-name }
    .feedback = 对。一个总是"马上就"视频、却从来没视频过的朋友，是典型迹象。照片常常取自别人的资料，视频也可以造假，所以网上朋友给的理财建议永远不安全。

wrong-number-voice-hello = 那天晚上电话打来了。温暖的声音，口音柔和，听你讲笑话会笑，背景里有杯子碰撞的声音："我在店里，有点吵，不好意思！"
    .discuss = 声音是真的。这通电话证明了什么，又没有证明什么？
wrong-number-voice-weeks = 从那以后你们几乎天天通话，有时一聊就是一个小时。{ wrong-number-stranger-name }记得你孙辈的名字，{ wrong-number-she }总是问候你的身体。

## The money

wrong-number-crypto-tip-uncle = 你知道吗，我舅舅教我炒加密货币。他知道行情什么时候会动。
    .discuss = 为什么要在交了几个星期的朋友之后，才开始谈钱？
wrong-number-crypto-tip-profit = （一张 { $app } 的截图：一个账户这周涨了好几千美元。）
wrong-number-crypto-tip-try = 我也希望你能安享晚年。先从小钱开始，就${ $first }。我会一步一步教你。
wrong-number-crypto-tip-try-small = 试试 ${ $first }。钱不多，而且{ wrong-number-stranger-name }一直对你那么好
    .feedback = 网上认识的人给的加密货币或交易软件的建议，是这个骗局的核心。"从小钱开始"是计划的一部分：小赚一笔，为以后的大额存入建立信任。
wrong-number-crypto-tip-check-platform = 说你投一分钱之前，要先自己查查 { $app }
    .feedback = 在钱动之前先查，是对的。留意这些核查能告诉你什么，不能告诉你什么。
wrong-number-crypto-tip-say-no = 说你从不听没见过面的人给的理财建议，然后离开聊天
    .feedback = 一个陌生人在几周温馨聊天之后提起加密货币，是在照剧本走。真正的朋友不需要你投资才继续做朋友。每天的消息没了，下午又安静下来。

wrong-number-check-platform-store = { $app } 在应用商店里：4.6 星，下载超过 10,000 次，还有和你年纪相仿的人写的评价。
    .discuss = 这里每一项核查都通过了。你还想知道什么？
wrong-number-check-platform-register = 它的网站上写着一家公司的名字和牌照号码。你自己打开金融监管机构的官方网站查询：这家公司在登记名册上，牌照齐全。
wrong-number-check-platform-stranger = { wrong-number-stranger-name }："很好，谁都别盲目相信，连我也一样！只投你亏得起的钱，先试一下提现。"
wrong-number-check-platform-small-test = 只投 ${ $first }，在做任何其他事之前先试一下提现
    .feedback = 你做了人们教谨慎的人做的事：查名册、从小钱开始、先测试。这个平台正是为了通过这些核查而搭建的。
wrong-number-check-platform-call-regulator = 按监管机构官网上的号码打过去，问问这个软件
    .feedback = 名册只说明这家公司存在。只有监管机构能告诉你这个软件是否真属于那家公司。要在电话里等上一个上午。
wrong-number-check-platform-ask-bank = 把手机带到银行支行，请那里的人帮你看看
    .feedback = 问一个每周都见到金钱骗局的人，是很好的核查。代价是排一上午的队，再放下一点面子。

wrong-number-regulator-wait = 四十分钟的等候音乐。然后一个疲惫但和善的声音查了这个名字。
wrong-number-regulator-clone = "这家公司是真的，也有牌照，但它没有叫 { $app } 的软件。有人盗用了它的名字和牌照号码：从上个月起就在我们的警示名单上了。请什么都不要转。"

wrong-number-teller-queue = 那位二十年来每个月都见到你的柜员，接过你的手机，皱起了眉头。
wrong-number-teller-seen = "这个软件我这周已经见过两次了。一条发错号码的短信交来的朋友，一个投资建议，一家真公司的名字。请别往里投钱。我们一起去举报吧。"

wrong-number-early-profit-grown = 你看！你的${ $first }一周就涨了将近30%！
wrong-number-early-profit-test = （{ wrong-number-stranger-name }让你取出 $50 试试。你照做了，第二天钱就到了你的银行账户。）
wrong-number-early-profit-bonus = 看到了吧？是真的！而且只有这周，平台对超过${ $big }的存款送30%奖励。用你的积蓄，你终于可以放松享福了！
wrong-number-early-profit-invest-savings = 把大部分积蓄都投进去。毕竟试着提现成功了
    .feedback = 一开始的小额收益，加上一笔真能到账的小额提现，就是诱饵：让你放心把多得多的钱交给这个软件。屏幕上的大数字不是真钱。
wrong-number-early-profit-stop-now = 不再投钱，把里面的钱取出来
    .feedback = 小小的收益和轻松的第一次提现，是为了给大额存入建立信任。现在停下，你的积蓄就保住了。

wrong-number-withdraw-all-hold = 提现暂停。余额低于 ${ $big } 的账户须先缴纳 20% 的税款，方可放款。
wrong-number-withdraw-all-stranger = { wrong-number-stranger-name }："这只是小账户的规定！交了税就行，或者再多存一点就免税。"
wrong-number-withdraw-all-pay-small-tax = 交税：只是一点点，交了钱就能取出来
    .feedback = 真正的平台从你的余额里扣费；它不会在你提现前要你再打新的钱进去。这一笔之后总还有下一笔。
wrong-number-withdraw-all-refuse-report = 一分不付。保存聊天记录，打给银行，并举报
    .feedback = 对。提现被扣住、要你先交"税"，是这类骗局的最后阶段。软件里的钱已经没了，停下来能让损失保持在小数目。
wrong-number-withdraw-all-refuse-report-checked = 一分不付。保存聊天记录，打给银行，并举报
    .feedback = 对。提现被扣住、要你先交"税"，是这类骗局的最后阶段。软件里的钱已经没了，停下来能让损失保持在小数目。
wrong-number-withdraw-all-tell-club = 一分不付，周四在你的{ $group }里把这件事说出来
    .feedback = 损失之后跟熟人说出来很难。这也正是让这类骗局不再蔓延的办法。

## Going far

wrong-number-blocked-grow = 你把 ${ $big } 转进了软件。余额每天都在涨，{ wrong-number-stranger-name }发来爱心和祝贺。
    .discuss = 钱"就在那里"，可不再付一笔就取不出来。为什么在这里停下这么难？你会对一个朋友说什么？
wrong-number-blocked-frozen = 当你想取钱时，软件显示：“提现已暂停。请缴纳${ $tax }的税款以解冻资金。”
wrong-number-blocked-she-says = { wrong-number-stranger-name }写道："别担心，大家都交税的。我还可以借你一点！"
wrong-number-blocked-pay-tax = 交税。跟余额比起来这点钱不算什么
    .feedback = 真正的平台会从你的余额里扣费用，不会在你提现前要你另外打钱。这笔“税”是骗局的下一步，后面还会有别的。
wrong-number-blocked-borrow = 接受{ wrong-number-stranger-name }借你一半税款的好意
    .feedback = 主动帮你付钱，感觉像是在乎你的证明。这是剧本的一部分：让"税"显得正常，让你继续付下去。
wrong-number-blocked-stop-report = 不再付任何钱。保存所有证据，给银行打电话并报案
    .feedback = 对。要先交“税”“手续费”或“充值”才能提现，这是这类骗局的最后阶段。马上给银行打电话，因为转账有时还能拦下，然后去报案。

wrong-number-more-fees-paid = 你交了税。第二天，软件显示：“账户审核中。请缴纳${ $tax }保证金以解冻资金。”
wrong-number-more-fees-almost = { wrong-number-stranger-name }写道："真烦人！不过这是最后一步了，然后我们一起庆祝。"
wrong-number-more-fees-pay-deposit = 再付一次。就差一点了
    .feedback = 根本没有最后一步：每付一次钱，就会有新的一笔，直到你停下为止。屏幕上的余额从来都不是真的。
wrong-number-more-fees-stop = 停下。保存所有证据，给银行打电话并报案
    .feedback = 对。第一笔“费用”之后又来第二笔，说明这笔钱永远也取不出来。现在停下，能保住剩下的钱。

wrong-number-silent = 你付了。第二天早上软件打不开了，{ wrong-number-stranger-name }也不再回复。一周后，来了一封电子邮件。

wrong-number-recovery = 我们知道您在加密货币诈骗中损失了钱。我们的团队与美国联邦调查局和国际监管机构合作，可以帮您追回${ $big }。首先，请用USDT支付10%的手续费。
wrong-number-recovery-pay-fee = 付手续费。能把钱追回来就值得
    .feedback = 这是第二次诈骗，专门针对刚刚被骗过钱的人。真正的警察和监管机构从不收取加密货币手续费来帮你追回钱。
wrong-number-recovery-ask-bank = 把这封邮件转给银行的反欺诈团队，问问他们怎么看
    .feedback = 你的银行每周都见到这样的邮件，而且什么都不要你的。它也知道哪些举报还能起作用。
wrong-number-recovery-refuse = 不回复。把这封邮件和其他证据一起举报
    .feedback = 对。自称和联邦调查局或监管机构有关系、又要你用加密货币付费的“追款”公司，是大家熟知的二次诈骗。真正的执法部门调查不会向你收费。

## The club

wrong-number-club-day = 星期四的{ $group }活动上，你的朋友{ $friend }拿着手机，笑眯眯地走过来。

wrong-number-club-show = 你看这个！上个月有人发错消息给我。现在我们每天都聊天。人可好了。
    .discuss = 你会怎样跟朋友提起这件事，又不让对方觉得自己傻？
wrong-number-club-uncle = 对方的舅舅是炒加密货币的。说可以帮我赚点钱。我要不要试试？
wrong-number-club-warn = 告诉{ $friend }你遇到的事，并帮忙拉黑、举报这个号码
    .feedback = 很好。骗局靠沉默蔓延，朋友的一句话往往就能让它停下。一条“发错的消息”变成每天聊天，然后是理财推荐，这正是你自己刚刚见过的套路。
wrong-number-club-explain-real = 让{ $friend }看看区别：你遇到的那个真发错的人道了歉就停了；这个人却一直没停
    .feedback = 很好。这能帮{ $friend }分辨两者，而不是害怕每一条消息。真正发错的人会以一句道歉结束。骗子会一直聊下去，转到私人软件，然后谈到钱。
wrong-number-club-share-loss = 坦白告诉{ $friend }你也投过钱，以及结果怎样
    .feedback = 这需要勇气。羞耻感让很多人不敢开口，骗子就是靠这一点。你自己的经历，也许正是让{ $friend }停下来的原因。
wrong-number-club-stay-quiet = 什么都不说。这是{ $friend }的私事
    .feedback = 不想让朋友难堪，是出于好意。但这类骗局就是靠沉默，而{ $friend }现在正处在你一句话最能帮上忙的阶段。
wrong-number-club-stay-quiet-lost = 什么都不说。说了就得承认自己也亏了钱
    .feedback = 羞耻让人沉默，而这类骗局正指望这一点。你遇到的事并不是因为傻，而且它现在就能帮到{ $friend }。

## A friend on a new number

wrong-number-new-number-hi = 嗨！我是{ $group }的{ $member }。我的手机掉进水槽了，这是我的新号码。请存一下！
    .discuss = "换了新号码"的消息也是常见的骗术。怎样才能确定，又不失礼？
wrong-number-new-number-lift = 周四你还去吗？我 9 点来接你，跟上次一样。
wrong-number-new-number-reply-yes = 回复"好呀，谢谢！"，存下新号码
    .feedback = 这一次是真的。除了一句"好"，没人向你要任何东西。"换了新号码"的短信也是骗子的手法（"妈，我手机丢了"），所以快速核实一下代价很小：如果接下来有人要钱或验证码，就停下来，打原来的号码问问。
wrong-number-new-number-ask-question = 问一个只有{ $member }才知道的问题："上次野餐你带了什么？"
    .feedback = 一个只有真人才答得上的友好问题。不花任何代价，真朋友会笑出来。
wrong-number-new-number-call-leader = 打电话给{ $group }的负责人，确认这是不是{ $member }的新号码
    .feedback = 通过一个你本来就认识的人来核实。花一通电话，有点小尴尬，负责人也很高兴你问了。
wrong-number-new-number-block = 拉黑。这周的怪短信已经够多了
    .feedback = 经过这几天，谁也不会怪你。但这一次是朋友，把所有人都拉黑也是有代价的。

wrong-number-answer-cake = 哈哈！我那个失败的柠檬蛋糕。没人吃，连我自己都没吃。

## Endings

wrong-number-end-safe = 你的积蓄是安全的：在任何钱转出之前你就停下了。像"{ wrong-number-stranger-name }"这样的消息是犯罪团伙发出的。打字的人未必是自愿的骗子：很多人是被海外的假工作骗去，被迫在诈骗园区里发这些消息。
wrong-number-end-genuine = 周四早上九点，{ $member }已经站在你家门口，拿着新手机，讲着水槽的故事。没有人向你要过任何东西：真正的新号码就是这样。这周那个陌生人的短信是骗局；这一条是朋友。核实不等于拒绝所有人。
wrong-number-end-missed = 周四，{ $member }有点委屈地问，为什么新号码发的消息被拉黑了：顺风车给了别人，你坐了公交车。你解释了那些怪短信，{ $member }笑了，也理解了。拉黑陌生人是你的权利；简单核实一下，本可以留住这位朋友。
wrong-number-end-helped = 你和{ $friend }一起拉黑并举报了那个号码，没有再损失更多钱。第二周，{ $group }里又有两个人说收到过同样的消息，现在他们知道那是什么了。以"{ wrong-number-stranger-name }"的名义打字的人，很可能是在诈骗园区里被逼的；敞开说出来，保护了你的朋友们。
wrong-number-end-small = 你投进 { $app } 的钱没了。你做了人们教谨慎的人做的事：查了应用商店和监管机构的名册，从小钱开始，试了提现，在它要更多钱时停了下来。这个平台是一家持牌公司的山寨版，就是为了通过这些核查而搭建的。这不是你的错。打给银行，带上聊天记录去举报，并记住那条即使每项核查都通过也依然成立的规则：不因网上认识的人的建议投钱。
wrong-number-end-lost-first = 你投进 { $app } 的钱没了。你在积蓄投进去之前停下了，这是最难的一步：大多数人会再付一次，想把屏幕上的数字取出来。这不是你的错；小小的收益和轻松的第一次提现，就是为了赢得信任而设计的。打给银行，带上聊天记录和软件名称去举报，并告诉一个你信任的人。
wrong-number-end-scammed = 软件里的钱从来都不是真的，你付出去的钱已经没了。这是老练的犯罪分子精心策划的犯罪，不是你犯傻：各个年龄的人都会上当。现在就给银行打电话，向警方和全国反诈举报渠道报案，并告诉你信任的人。当心任何说要收费帮你追回钱的人。
wrong-number-end-recovery = 那家“追款”公司收了手续费就消失了：它也是骗子开的。被骗两次很常见，这不是你的错。停止一切付款，给银行打电话，把两次诈骗都向警方和全国反诈举报渠道报案。真正的帮助从不要求你用加密货币付费。

## The catalogue's red flags, in this story's setting

wrong-number-redflag-move-to-private-app = 转到私人聊天软件
    .explain = 发来"发错号码"短信的友善陌生人很快就提出转到 WhatsApp、Line、Telegram 或微信。私人聊天软件里没人看着，聊天记录容易删除，而且感觉更亲近：在提到钱之前，信任就是在那里建立起来的。
    .advice = 和陌生人的聊天要简短、公开。视频通话有帮助，但可能被换脸工具伪造。始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。
wrong-number-redflag-polish-not-proof = 名册上的牌照不是证明
    .explain = 虚假交易软件会盗用真实持牌公司的名字和牌照号码，所以查名册也能通过。再加上应用商店里的好评和一次成功的小额提现，谨慎的人也会上当。
    .advice = 按监管机构官网上的号码打过去，问这个软件是否属于那家持牌公司；很多监管机构都有山寨名单。并记住那条即使每项核查都通过也依然成立的规则：不因网上认识的人的建议投钱。
