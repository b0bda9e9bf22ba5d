# Machine-drafted translation: needs review by a native speaker.
the-platform-title = 交易平台
the-platform-summary = 你在交友软件上认识了一个温柔又成功的人。很快，对方就想教你怎么赚钱。

## Characters

the-platform-character-match = { $match }
the-platform-character-platform = { $platform }
the-platform-character-support = { $platform } 客服
the-platform-character-genuine = { $genuine }
the-platform-character-colleague = { $colleague }，你的同事

## Variables

the-platform-you-nurse-ohio = 俄亥俄州哥伦布市的一名护士
the-platform-you-clerk-bangkok = 曼谷的一名银行职员
the-platform-you-engineer-munich = 慕尼黑的一名工程师
the-platform-you-engineer-pune = 浦那的一名软件工程师
the-platform-you-teacher-manila = 马尼拉的一名教师
the-platform-match-daniel = 丹尼尔
the-platform-match-mei = 阿美
the-platform-match-ryan = 瑞恩
the-platform-match-sofia = 索菲亚
the-platform-genuine-priya = 普丽娅
the-platform-genuine-tom = 汤姆
the-platform-genuine-lukas = 卢卡斯
the-platform-genuine-nok = 诺克
the-platform-colleague-maria = 玛丽亚
the-platform-colleague-somchai = 颂猜
the-platform-colleague-jonas = 约纳斯
the-platform-colleague-ravi = 拉维
the-platform-platform-vexora = Vexora Markets
the-platform-platform-bitharbor = BitHarbor Global
the-platform-platform-zentro = ZentroCoin Pro

## 配对

the-platform-start = 你是{ $you }。工作很忙，没什么时间认识人，于是你试了试交友软件。一天晚上，你和{ $match }配对成功：笑容温暖，工作体面，照片里都是美好的旅行。个人简介上写着：“想找一段认真的感情。”
    .discuss = 什么样的交友资料会让人觉得可信？其中哪些东西是骗子也能照搬的？

the-platform-first-chat-hello = 嗨！我一般不会先开口。但你的笑容让我一整天都很开心。
    .discuss = 很多真实的人也会换到WhatsApp上聊。换过去之后，你会留意些什么？
the-platform-first-chat-kind = 你看起来是个善良的人。现在善良的人不多了。
the-platform-first-chat-move = 我很少用这个软件，上面全是假账号。我们能在WhatsApp上聊吗？这是我的号码。
the-platform-first-chat-give-number = 在WhatsApp上给这个号码发消息
    .feedback = 很快从交友软件转到私人聊天，往往是第一步。到了那里，交友软件就看不到聊天内容，也没法封掉这个账号了。很多真实的人也会换软件聊，所以要注意接下来发生什么。
the-platform-first-chat-stay = “我们先在这里多聊一会儿吧。”
    .feedback = 直觉很好。留在软件上，它的安全功能就在身边。而且一个人对一句小小的“还不行”作何反应，能说明很多问题。

the-platform-push = 当然，不勉强！只是这个软件老是把我踢下线。我可不想失去你。我在WhatsApp上等你，好吗？
the-platform-push-give-in = 好吧。在WhatsApp上给对方发消息。
    .feedback = 先说“不勉强”，再把同样的要求提一遍，这是在磨掉你的拒绝。它之所以管用，是因为拒绝两次会让人觉得不礼貌。“软件老是把我踢下线”是常见的借口。
the-platform-push-hold = “我在这个软件上聊就挺好。回头聊！”
    .feedback = 你保持了自己的节奏。真正对你感兴趣的人，可以等上几天。

## 私人聊天

the-platform-love-bomb-morning = 早上好，亲爱的。我想了你一整夜。
    .discuss = 这些消息里，收到哪一条会让你最开心？为什么骗子偏偏会发这一条？
the-platform-love-bomb-soulmate = 我知道才过了一个星期。但我觉得好像认识你一辈子了。
the-platform-love-bomb-future = 总有一天我们要一起去旅行。巴黎？巴厘岛？你来选。
the-platform-love-bomb-busy = 抱歉今天不能打电话。我在出差，信号特别差。
the-platform-love-bomb-ask-video = 提议这个周末简短地视频一下
    .feedback = 一次简短的视频通话是合理的测试，骗子常常回避。它有帮助，但不是证据：视频可能被换脸工具伪造。始终成立的原则是：永远不要根据网上认识的人给的消息去投资或转钱。
the-platform-love-bomb-enjoy = 好好享受。被人需要的感觉真好。
    .feedback = 这就是“爱情轰炸”：才几天就情深似海，畅想共同的未来，整天发消息。它对任何人都管用，因为它满足的是真实的需要。再加上很快转到WhatsApp，这是典型的开头。

the-platform-video-excuse-camera = 视频？我手机摄像头坏了。我在等新手机。
the-platform-video-excuse-shy = 而且说实话，我在镜头前很害羞。我希望我们第一次是真的见面。
the-platform-video-excuse-promise = 我下个月去看你，我保证。你相信我的，对吧？
the-platform-video-excuse-accept = 接受吧。下个月也不远。
    .feedback = 总有不露脸的借口：摄像头坏了、信号不好、害羞。照片可能是偷来的。那个“下个月”的见面，通常永远不会来。
the-platform-video-excuse-insist = “视频五分钟，不然我就不聊了。”
    .feedback = 你坚持了一个合理的测试：很多骗子回避视频，因为脸和照片对不上。也有人用换脸工具伪造，所以即使通了视频也不是证据。无论如何，永远不要根据网上认识的人给的消息去投资或转钱。

the-platform-pull-back-hurt = 哇。我们分享了那么多，你却觉得我是骗子？
the-platform-pull-back-guilt = 我向你敞开了心扉。我还以为你跟别人不一样。
the-platform-pull-back-stand-firm = 态度友善但坚定。拉黑这个号码，并向交友软件举报这个账号。
    .feedback = 内疚感会让合理的要求显得很残忍。你想看看自己在跟谁聊天，这没有错。举报能帮助软件删除一个被用来骗很多人的账号。
the-platform-pull-back-apologise = 道歉。你不想伤害对方。
    .feedback = 让你因为一个合理的要求而内疚，是夺回控制权的手段。它之所以管用，是因为善良的人不想伤害任何人。注意：到现在还是没有视频通话。

## 推荐

the-platform-tip-thanks = 你让我好开心。我能告诉你一个秘密吗？
the-platform-tip-secret = 我舅舅是市场分析师。他会给我在{ $platform }上炒加密货币的信号。
the-platform-tip-profit = 上个月我赚了30%。我也希望你过上好日子。
the-platform-tip-small = 先从小钱开始，就${ $deposit }。我会一步一步教你。这是软件的链接。
the-platform-tip-try-small = 从链接安装软件，投入${ $deposit }
    .feedback = 只在网上认识的人给的加密货币消息，是这种诈骗的核心。网上认识的人让你装的应用由骗子控制，无论它来自链接还是来自官方应用商店：两种地方都发现过虚假交易应用。上面的每一个数字都可以是编造的。
the-platform-tip-check-first = 说你要先查一查{ $platform }。搜索它的名字和本国的金融监管机构。
    .feedback = 很好。真正的交易公司都有牌照，你可以自己在监管机构的名单上查到。新恋人给的“稳赚”消息是大家熟知的套路，不管这个人看起来多好。

the-platform-check-stop-report = 查下来没问题，但网上认识的人给的“内幕”仍然是内幕。停下，举报这个账号
    .feedback = 你让一条规则来做决定，而不是一份名册：网上认识的人推荐的投资，一分钱也不投。你没有任何损失，举报还能帮应用删掉这个骗了很多人的账号。

## 初期收益

the-platform-profit-balance = 欢迎回来！您的账户本周上涨了42%。
the-platform-profit-withdraw = $50测试提现：已完成。请查看您的银行账户！

the-platform-event-see = 看到了吧？我就说是真的。
    .discuss = 提现真的成功了。骗子为什么会让你把钱取出来？
the-platform-event-chance = 大消息：48小时VIP活动。存入${ $big }，送30%奖励。我也要把我的钱投进去。
the-platform-event-secret = 先别告诉你家里人。他们不会理解的。这是为了我们共同的未来。
the-platform-event-deposit-big = 从积蓄里转${ $big }。毕竟提现成功了。
    .feedback = 那笔小额提现是诱饵。骗子花的成本很小，却换来了你的信任，好让你存入一大笔。期限和“别告诉家里人”，都是为了不让你去核实。
the-platform-event-ask-someone = 等一等。动用积蓄之前，先和你信任的人商量一下。
    .feedback = 很好。期限和秘密，就是为了阻止你做这件事。真正的机会，不会因为你花一天时间问问别人就消失。

## 提现被卡住

the-platform-blocked-request = 提现申请：全部余额。状态：暂停处理。
the-platform-blocked-tax = 您的收益在发放前须先缴税。请用外部资金缴纳${ $fee }的税款，以完成提现。
the-platform-blocked-deadline = 请在72小时内缴纳，否则出于安全原因，您的账户将被冻结。
the-platform-blocked-pay-fee = 付${ $fee }。虽然不少，但比你的余额少多了。
    .feedback = 真正的税是交给税务部门的，不是付给平台来解冻你自己的钱。余额只是骗子控制的屏幕上的数字，每一笔费用后面都会跟着另一笔。
the-platform-blocked-refuse = 拒绝。让他们从你的余额里扣税，或者把你投进去的钱退回来。
    .feedback = 对。如果钱真的在那里，任何费用都可以从里面扣。要你先打新钱才能取出自己的钱，说明根本没有钱可取。

the-platform-more-fees-received = 税款已收到，谢谢。
the-platform-more-fees-flagged = 您的账户现正接受反洗钱审查。需缴纳${ $fee }的验证保证金。该款项可全额退还。
the-platform-more-fees-urgent = 这是标准流程。大多数客户都是当天缴纳。
the-platform-more-fees-pay-again = 再付一次。现在停下就意味着全部损失。
    .feedback = 这种感觉就是陷阱：投得越多，越难停下。永远还会有下一笔费用，因为根本没有钱可以放出来。
the-platform-more-fees-stop = 停止付款。保存每一段聊天、每一张截图和收据。
    .feedback = 付过钱之后再停下很难，但这是正确的决定。每一笔新费用都只是为了拿走更多的钱。你的证据会帮到银行和警方。

the-platform-stopped = 你一停止付款，{ $match }先是甜言蜜语，然后变得冷淡，接着开始发火。之后号码没了，网站也打不开了。你感到难受又羞愧。但这是别人对你做的事，做这件事的团伙每天都在这样对待别人。
    .discuss = 为什么这么多人被这样骗了之后，从来不告诉任何人？
the-platform-stopped-report = 打银行的反欺诈热线，并向国家网络犯罪举报机构报案
    .feedback = 行动要快。银行也许能拦下还没完成的付款，举报也能帮警方把案子串起来。保存截图、钱包地址和收据。
the-platform-stopped-tell-colleague = 告诉公司的{ $colleague }。上周{ $colleague }提到过一个加密货币软件。
    .feedback = 告诉别人需要勇气。这也打破了骗子所依赖的沉默。

## 同事

the-platform-colleague-phone = 你看，我也在用{ $platform }！是我在网上认识的一个朋友教我的。
the-platform-colleague-gains = 我一个月赚了40%。今晚有VIP活动。我要把积蓄投进去。
the-platform-colleague-compare-notes = 对比你们的经历：很快转到私人软件、不视频、稳赚的推荐、一笔成功的小额提现。
    .feedback = 同样的剧本出现两次，不是巧合，而是套路。两个在网上认识的“朋友”，都给了稳赚的推荐和初期收益：这些收益就是诱饵。把每一步放在一起对照，往往就能让人停下来。
the-platform-colleague-show-warning = 把你查到的给{ $colleague }看：新建的网站、没有牌照、论坛帖子。
    .feedback = 拿出事实，而不只是一种感觉，更能让人听进去。在存入大笔钱之前停下，比之后容易得多。
the-platform-colleague-join-in = 既然你们俩都赚了钱，那肯定是真的。参加VIP活动。
    .feedback = 两个人在同一个软件上看到收益，并不能说明它是真的。骗子想让每个人看到什么数字，软件就显示什么数字。
the-platform-colleague-stay-quiet = 什么都不说。你觉得太丢人了。
    .feedback = 羞耻感让很多人保持沉默，骗子就是靠这一点。发生在你身上的事不是你的错，你的经历也许能救下别人。

## 真正的对象

the-platform-other-match = { $match }再也没有发消息来，于是你举报了这个账号。一周后，你和{ $genuine }配对成功。对方问你最喜欢吃什么街头小吃，还把你逗笑了。你们在软件上聊了几天。然后对方说：“见面之前，要不要先简短地视频一下？我也会觉得更安心。”
the-platform-other-match-video-call = 同意简短地视频一下
    .feedback = 早早视频通话是个好迹象：对方和照片一致，没什么可隐瞒的。这不能证明一切，因为视频可以伪造；这位对象从来没有做的，是向你要钱或给你投资消息。
the-platform-other-match-unmatch-all = 取消配对。经历了{ $match }之后，网上每个人都像是假的。
    .feedback = 这可以理解。但这个对象每一步都做对了：留在软件上、慢慢来、主动提出视频。了解这些迹象，能让你分辨不同的人，而不是对所有人都放弃。

the-platform-video-date-hi = 嗨！不好意思，我厨房的灯太暗了。你看得清我吗？
    .discuss = { $genuine }提出交换电话号码，但要等见面以后。和{ $match }相比，还有什么不同？
the-platform-video-date-plan = 那……星期六一起喝杯咖啡？车站附近有家人很多的咖啡馆。告诉朋友你会去哪儿。我也会告诉我的朋友。
the-platform-video-date-swap = 如果聊得好，之后我们可以交换电话号码。
the-platform-video-date-meet = 答应去喝咖啡，并告诉朋友你会去哪儿
    .feedback = 人多的公共场所，加上一个知道你在哪儿的朋友：这是一次安全的初次约会。再注意一下从没出现过的话题：钱、加密货币和秘密。
the-platform-video-date-wait-longer = 说你想先再多聊一段时间
    .feedback = 按自己的节奏来没问题。真诚的人会接受，不会让你内疚，也不会给你压力。

## 结局

the-platform-end-safe = 你在一分钱都没转出去之前就停下了，交友软件也删除了你举报的账号。同样的照片和甜言蜜语，很可能同时发给了很多人。打字的人常常在诈骗园区里工作，其中有些人是被迫的。
the-platform-end-coffee = 等你准备好了，你和{ $genuine }在一家热闹的咖啡馆见了面。有点尴尬，但很开心。没有人提到钱、加密货币或秘密。不管接下来怎样，真正的对象就是这样的：慢慢来，坦诚，也乐意让你看到真实的自己。
the-platform-end-scammed = { $match }、{ $platform }和它的“客服”都是同一个骗局，由有组织的犯罪分子操纵。你投进去的钱已经没了。这不是你的错。向银行和国家网络犯罪举报机构报案，保存每一段聊天、每一张收据和每一个钱包地址。当心任何说要收费帮你追回钱的人。
the-platform-end-helped = { $colleague }在VIP活动之前停了下来。你们一起向交友软件、各自的银行和国家网络犯罪举报机构举报了{ $platform }和那些账号，并保存截图作为证据。在对的时刻一次坦诚的谈话，省下了很多钱，也免去了很多痛苦。

## 更难的选择

the-platform-character-firm = 持牌公司的客户服务
the-platform-character-recovery = Global Asset Recovery Partners
the-platform-first-chat-image-search = 先以图搜图查一下对方的照片。没发现异常，就转到WhatsApp
    .feedback = 合理的核查，结果什么也没查到：照片可能来自私人账号，或由AI生成。查不到问题不等于证明，转到私聊这一步仍然值得警惕。
the-platform-push-video-first = “我们先在这个应用里视频一下，然后我再换”
    .feedback = 合理的条件，也让应用的安全工具留在身边。看看对方怎么回答。
the-platform-love-bomb-tell-friend = 把{ $match }的事告诉最好的朋友，附上资料截图
    .feedback = 告诉别人是个好习惯：骗局在秘密中滋长。朋友替你高兴，到目前为止也没有人向你要什么。继续让朋友知情。
the-platform-video-excuse-voice-call = 改为今晚打个语音电话
    .feedback = 语音电话感觉像是真的往前走了一步，这一通也很顺利。但声音证明不了多少：只说明那边有人，不说明他是谁、想要什么。
the-platform-voice-warm = 那天晚上{ $match }打来：声音温暖，轻轻的笑，十分钟轻松的聊天。
the-platform-voice-noise = 声音背后有一片嗡嗡声，像一个大房间里很多人在说话。“不好意思，我还在公司，这里大家都加班到很晚。”
    .discuss = 一通语音电话能证明什么，又证明不了什么？
the-platform-pull-back-wait-visit = 道个歉，等下个月见面之后再决定
    .feedback = 给点时间听起来很公平。但“下个月见面”本身也是故事的一部分，而在此期间，聊天每天照常进行，按对方的节奏。
the-platform-tip-own-exchange = 在你常用的大交易所买币，再按{ $match }说的转到{ $platform }
    .feedback = 交易所是真的，所以感觉安全。但钱从那里转去了{ $match }选的{ $platform }：骗子常常让人先经过一个真实的交易所。

the-platform-check-register = 你在本国金融监管机构的网站上搜索。{ $platform }在上面：同样的名字，有牌照号，有真实的办公地址。
    .discuss = 这个平台在监管机构的名册上。信任它之前，你还想知道什么？
the-platform-check-site = 网站底部写着同一个牌照号，在线客服几秒钟就回复。
the-platform-check-small-test = 有牌照。只投${ $deposit }，亏了也承受得起的钱，先试一次提现
    .feedback = 认真核查之后小额起步，是谨慎的做法，很多谨慎的人正是这么做的。看看提现怎么样。
the-platform-check-call-register = 按监管机构名册上的电话打给这家公司，问这个应用是不是他们的
    .feedback = 这才是管用的核查：自己找到的号码，而不是网站上的。代价是一个午休都在等电话。

the-platform-clone-not-us = { $platform }是我们的名字，但那个应用不是我们的。我们的应用只在官方应用商店，我们也从不通过交友软件联系客户。
the-platform-clone-clones = 有人把我们的名字和牌照号复制到了一个山寨网站上。我们已经通报了监管机构；这周你不是第一个打来的人。
the-platform-clone-real = 如果你想在我们这里投资，可以在我们自己的网站上开户，需要一周。
the-platform-clone-stop-report = 谢过对方，拉黑{ $match }，举报这个账号和假网站
    .feedback = 你在任何钱转出之前就停下了。举报山寨网站，能帮公司和监管机构提醒别人。
the-platform-clone-warn-colleague = 告诉单位的{ $colleague }：上周他们提过{ $platform }
    .feedback = 分享你查到的东西，可能保护另一个人。很多受害者直到太晚才听到提醒。
the-platform-clone-open-real = 问问怎么在他们那里开一个真实账户，按你自己的节奏
    .feedback = 投资本身没有错，只要平台是你自己找到、自己核实的。要有心理准备：它会比那条“内幕”慢得多，也没那么刺激。

the-platform-real-platform-slow = 真正的开户要身份证件、住址证明，还有一份关于你积蓄的问卷。要六天。
the-platform-real-platform-risk = 每一页都写着你可能亏钱。没人承诺收益，也没人打电话找你参加“活动”。
the-platform-real-platform-fees = 各项费用列在一张表里。你随时可以把钱提到自己的银行账户，不用先交什么税。
the-platform-real-platform-open-small = 开户，投入一小笔你自己决定的钱
    .feedback = 真正的平台就是这样：审核你、提示风险、费用白纸黑字、提现到你自己的账户。并非所有交易平台都是骗局；值得怀疑的，是陌生人带你去的那个。
the-platform-real-platform-ask-adviser = 先问问你银行的理财顾问
    .feedback = 听一个不向你推销任何东西的人的第二意见，花一个下午，是个好习惯。
the-platform-real-platform-not-now = 决定现在投资还不适合你，并举报这个账号和山寨网站
    .feedback = 这也是合理的选择。没人必须投资，真正的公司也不会追着你。
the-platform-end-genuine = 你的账户不大，很慢，还有点无聊：涨一点，跌一点，从来没人催你。你自己核实了这家公司，在监管机构的名册上，也通过自己找到的电话，而这一次平台是真的。核实不等于拒绝一切。你说自己找到了公司真正的网站那天，{ $match }就不再发消息了。

the-platform-small-deposit = 你投了${ $deposit }。余额每天都在涨。
the-platform-small-test = 你试着提现$50。第二天早上就到了你的银行账户。
the-platform-small-hold = 你申请提出剩下的钱。状态：ON HOLD。“放款前须用外部资金缴纳利润20%的监管预扣税。”邮件上有监管机构的标志和公司的牌照号。
    .discuss = 你查过名册，测试提现也成功了。什么会让你交这笔钱，什么又会让你停下？
the-platform-small-pay-tax = 看起来很正式，而且你核实过公司。交吧
    .feedback = 你核实的一切都是真的：名字和牌照属于一家真实的公司。网站却不是。真正的税交给税务机关，从来不是交给平台来放出你自己的钱。
the-platform-small-refuse = 拒绝。要求从余额里扣税
    .feedback = 对。如果钱真的在那里，任何费用都可以从中扣。要你先拿新钱才能取出自己的钱，说明根本没有钱可取。
the-platform-small-call-regulator = 按监管机构公布的电话打过去，问问这笔税
    .feedback = 监管机构没有这种税，并告诉你{ $platform }的名字和牌照被一个山寨网站冒用。你的${ $deposit }没了，这不是你的错：你核实过，而这个骗局就是为了通过核查而设计的。

the-platform-event-withdraw-first = 先全部提出来，再做决定
    .feedback = 合理的测试：如果钱是真的，你就能提出来。看看你尝试时会发生什么。
the-platform-blocked-ask-match = 问问{ $match }。他们肯定提过现
    .feedback = { $match }说这很正常，还提出替你付一半税，“因为我爱你”。帮你付费是剧本的一部分：让你觉得安全，也让下一笔费用更难拒绝。
the-platform-more-fees-call-bank = 再汇任何钱之前，先给银行打电话
    .feedback = 对。你银行的反欺诈团队每周都见到这种事；他们也许能拦下一笔付款，还会帮你报案。每一笔新费用都只是多拿钱的手段。
the-platform-stopped-say-nothing = 谁也不说。太丢人了
    .feedback = 羞耻让很多人沉默，骗子正指望这一点。这不是你的错，现在报案仍然有用。

the-platform-recovery-know = 尊敬的客户，我们就您在{ $platform }上的损失致函。我们知道这段时间很不容易。
the-platform-recovery-agency = 我们正与国家网络犯罪机构合作处理您的案件。我们的律师已将您的资金追踪到一个可以冻结的钱包。
the-platform-recovery-fee = 启动法律放款程序需支付10%的费用，以USDT支付。大多数客户在14天内追回资金。
    .discuss = 他们怎么会知道你的损失？谁会知道你已经报过案？
the-platform-recovery-pay-recovery = 付费。他们知道我的案子，肯定是和那个机构合作的
    .feedback = 骗子会保存被骗者的名单并转卖，所以“追款公司”可能知道每一个细节。真正的警察和监管机构调查不收费，也不要加密货币。
the-platform-recovery-call-agency = 按网络犯罪机构公布的电话打过去，问问这家公司
    .feedback = 该机构从没听说过他们，也不与追款公司合作。你用管用的方式核实了：自己找到的号码。
the-platform-recovery-ignore = 删掉。没有人交钱就能追回钱
    .feedback = 对：真正的警察和监管机构调查不收费。如果可以，把这封邮件和你的报案材料一起转交。
the-platform-end-recovery = “追款公司”收了费，又要“放款税”，然后不再回复。还是同一伙人，或者买了他们名单的人。这不是你的错：他们回来，是因为你已经受过伤。把这件事也报告给银行和国家网络犯罪机构，不要给任何承诺帮你追回钱的人付钱。
the-platform-end-reported = 你没有再付任何钱。你投进去的钱没了，这很痛，但不是你的错：平台、热情的客服和“追款公司”，都是为了通过谨慎的人的核查而设计的。你的银行和国家网络犯罪机构已经收到你的报案，附有每一段聊天和钱包地址。以{ $match }的名义打字的人，可能是在诈骗园区里被迫这么做的人。

the-platform-other-match-ask-questions = 先问{ $genuine }几个问题：工作、朋友、住在哪儿
    .feedback = 合理的问题，{ $genuine }回答得很自然，还有你能核实的细节。真实的人不介意被问。
the-platform-video-date-look-up = 先查查{ $genuine }：工作主页、共同的朋友
    .feedback = 快速查一下只要十分钟，查到了工作主页和一位朋友的朋友。核实一个人不是冒犯；真实的人，生活是看得见的。
the-platform-redflag-polish-not-proof = 真实的牌照号不是证据
    .explain = 精致的交易网站、在监管名录上查得到的牌照号、热情的“客服”：一切都显得很正规。骗子会盗用真正持牌公司的名称和牌照号，建起仿冒网站，所以就连认真核查过的人也会上当。
    .advice = 通过你自己找到的联系方式核实，而不是对方发来的链接或号码：按监管名录上的电话打给那家公司，或者问你的银行。并记住始终成立的原则：不因网上认识的人给的门路拿出钱。
