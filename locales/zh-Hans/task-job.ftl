# Machine-drafted translation: needs review by a native speaker.
task-job-title = 刷单任务
task-job-summary = 你十九岁，正在为上学攒钱。一条视频说在手机上给视频点赞就能赚钱，而且第一笔钱真的到账了。

## Characters

task-job-character-poster = EasyWork_TH
task-job-character-friend = { $friend }
task-job-character-mentor = { $mentor }，你在 { $app } 的导师
task-job-character-platform = { $app }
task-job-character-company = { $firm }，人事部
task-job-character-cousin = { $cousin }，在银行工作的表亲
task-job-character-board = 府就业办公室：招聘栏
task-job-character-owner = { $owner } 阿姨，果干店
task-job-character-mother = 你的妈妈

## Variables

task-job-town-khon-kaen = 孔敬
task-job-town-udon-thani = 乌隆他尼
task-job-town-korat = 呵叻
task-job-town-chiang-rai = 清莱
task-job-friend-fon = 芬
task-job-friend-mint = 明
task-job-friend-bee = 碧
task-job-mentor-amy = Amy
task-job-mentor-jenny = Jenny
task-job-mentor-lisa = Lisa
task-job-cousin-nat = 纳
task-job-cousin-pim = 品
task-job-owner-noi = 诺伊
task-job-owner-dao = 道
task-job-app-boostly = Boostly
task-job-app-ratestar = RateStar
task-job-app-clickmall = ClickMall
task-job-firm-siam-digital = 暹罗数字传媒有限公司
task-job-firm-northstar = 北极星营销有限公司
task-job-firm-bluewave = 蓝波在线有限公司

## The advert

task-job-start = 你十九岁，和妈妈住在泰国{ $town }。你去年高中毕业，周末在面摊打工，正在为新学期开课的一门课程攒钱。钱还差一些。一天晚上，TikTok 上跳出一条视频。

task-job-ad = 用手机做兼职！给视频点赞、给店铺打分，每组 10 分钟，每组 { $pay } 泰铢，当天结算。无需经验，不收任何费用。私信我们，今晚就能开始。
    .discuss = 这条帖子里有什么让你想试试？你想先知道什么？
task-job-ad-message = 发私信。试一组又不吃亏。
    .feedback = 通过视频或陌生消息找到的工作无法核实：没有公司、没有地址、没有人负责。大多数刷单任务都是这样开始的。
task-job-ad-ask-friend = 先问问{ $friend }：她上周转发过类似的帖子
    .feedback = 先问认识的人是好的直觉。听听她看到了什么，然后自己也核实一下。
task-job-ad-read-comments = 先看评论再决定
    .feedback = 几百条"已到账，谢谢！"的评论看起来像证据。但它们可能就是发帖的人自己写的，所以没有任何你能核实的东西。
task-job-ad-job-board = 改去看府就业办公室的招聘栏
    .feedback = 政府部门的招聘栏上列的是有名字、有地址的雇主。那里的工资更低，这是真实的代价：这也正是那条视频如此诱人的原因。

task-job-friend-did-it = 我做过了！周日做了三组，超简单。
    .discuss = { $friend }说的是她看到的真实情况。还有什么是她还没看到的？
task-job-friend-paid = 十分钟后 { $pay } 泰铢就到我账户了。你看，这是截图。
task-job-friend-code = 用我的邀请码吧，我们俩都有奖励！
task-job-friend-use-code = 用她的邀请码。毕竟她真的拿到钱了。
    .feedback = 真的拿到钱的朋友是最有力的证据，所以这类工作会先付前几组的钱，还给邀请奖励。你的朋友没有说谎：她只是还没走到对方要钱的那一步。
task-job-friend-ask-pay-in = "他们有没有让你往里面充过钱？"
    .feedback = 问得好。{ $friend }说："还没有，不过有个 VIP 等级，我用不着。"这正是要留意的地方：工作是付钱给你，从来不会让你往里付钱。
task-job-friend-job-board = 谢谢她，先去看看招聘栏
    .feedback = 你没用她的邀请码，{ $friend }有点不高兴。核实仍然是对的：真正的工作下周还在。

## The mentor

task-job-chat-hello = 欢迎！我是{ $mentor }，你在 { $app } 的导师。
    .discuss = 导师友好、回复快、又有耐心。为什么这会让这份工作显得更安全？
task-job-chat-work = 我们帮网店和应用提高评分。你给视频点赞、给商品打分，每组 30 个任务。佣金打到你的银行账户。
task-job-chat-details = 开始只需要你的名字、年龄和一个收款的银行账号。当然不需要密码！
task-job-chat-send-details = 发名字和账号。哪份工作发工资都要这些。
    .feedback = 真正的雇主发工资也需要账号，所以这看起来很正常。但你仍然不知道对方是谁：没有公司名，没有地址，没有任何可以查的东西。
task-job-chat-ask-company = "这是哪家公司？能给我公司名称和地址吗？"
    .feedback = 对：没有名字的雇主无法核实。留意对方怎么回答，因为名字是可以借用的。
task-job-chat-ask-why = "公司为什么要花钱买点赞？这是真正的工作吗？"
    .feedback = 合理的问题。点十分钟就有 { $pay } 泰铢，比面摊一小时给你的还多。这么容易的钱就是诱饵。

task-job-why-normal = 哈哈，大家都这么问！现在这是很正常的营销。店铺需要评价才能被看到。
task-job-why-shops = 大品牌都这么做。你只是在帮算法一把。
task-job-why-fair-enough = 听起来有道理。开始第一组。
    .feedback = 听起来像一份新型工作，所以才有效。但从陌生人那里买来的点赞和评分不是真正的工作，这样招人的公司也无法核实。
task-job-why-ask-company = "好吧。公司叫什么，地址在哪里？"
    .feedback = 很好：有了名字就有东西可查。自己去查，不要通过对方发来的链接。
task-job-why-leave = 婉拒，去找别的工作
    .feedback = 你离开了一个对你很客气、承诺轻松赚钱的聊天。这并不容易，你也失去了快速拿到 { $pay } 泰铢的机会。

## The company name

task-job-company-name = 当然！{ $app } 由{ $firm }运营：这是我们的注册号和网站。
task-job-company-papers = 我还可以把工作合同发给你，有公司标志和公章。
task-job-company-looks-real = 网站是真的，公司也确实存在。继续。
    .feedback = 公司是真的，但可能和这个聊天毫无关系：刷单诈骗常常借用真实企业或招聘机构的名字。网站、号码和公章都很容易伪造。
task-job-company-call-company = 自己查到公司的电话，打到公司办公室
    .feedback = 这才是有效的核实：用你自己查到的号码，而不是聊天里给的。你在电话里等了一整个上午才有人接。
task-job-company-video = 先请{ $mentor }打个简短的视频电话
    .feedback = 视频通话是合理的检验，这次也通过了。但通话里的一张脸只能证明那里有个人：这个人可能是被雇来、或被逼着来微笑的。始终成立的规则是：工作从来不会让你往里付钱。

task-job-video-face = 一个戴着耳麦的年轻女子微笑着挥手。她身后是摆满办公桌的办公室。
task-job-video-office = 她说："看到了吧？真的办公室！欢迎加入团队。"通话持续了两分钟。

task-job-real-not-us = { $firm }？我们没有叫 { $app } 的应用，也不在 Telegram 上招人。
task-job-real-others = 这周你已经是第三个了。请举报那个账号。
task-job-real-report-warn = 向警方的诈骗举报热线举报这个账号，并告诉{ $friend }你发现了什么
    .feedback = 举报能帮助警方把案件联系起来。告诉{ $friend }可能不容易：她已经拿到了钱，可能不想听。
task-job-real-block = 拉黑聊天，到此为止
    .feedback = 你什么也没损失。举报能帮到别人，你随时还可以举报。
task-job-real-collect-first = 还是做几组，先把报酬拿到手。在他们要钱之前停下。
    .feedback = 拿了他们的钱就停，感觉很安全。但报酬是诱饵，而且来自这个团伙控制的账户：这本身就可能带来麻烦。

## The tasks

task-job-tasks-set = 本组完成：30/30 个任务。佣金已到账。
    .discuss = 应用显示的余额一直在涨。这个数字能证明什么？
task-job-tasks-balance = 你的余额：{ $pay } 泰铢。1 级。升到 2 级可解锁更高佣金。
task-job-tasks-paid = 你点了"提现"。五分钟后，{ $pay } 泰铢到了你的银行账户，转账的是一个你不认识的人的私人账户。
task-job-tasks-next-set = 真的能提现。继续做下一组。
    .feedback = 最初的报酬是真的，而这正是计划：一笔小钱让这份工作显得被证实了，于是后来的要求也显得安全。
task-job-tasks-ask-cousin = 问问在银行工作的表亲{ $cousin }，这正常吗
    .feedback = 问懂钱的人是好的一步。代价是一点面子：{ $cousin }会拿"点一点就赚钱"取笑你。
task-job-tasks-stop-now = 留下这 { $pay } 泰铢，到此为止
    .feedback = 见好就收，感觉像是用他们自己的游戏赢了他们。你一分钱也没充。但你收到的钱来自这个团伙的账户。

task-job-cousin-account = 从陌生人的私人账户付款？正规公司是用公司账户付款的。
task-job-cousin-rule = 还有，听好：只要他们让你往里充钱，那就是诈骗。每一次都是。
task-job-cousin-stop = 停下，告诉导师你不做了
    .feedback = 你相信了懂得钱怎么流动的人。那些报酬是诱饵，陌生人的账户就是一个信号。
task-job-cousin-one-more = 再做一天就停
    .feedback = "再做一天"总是显得安全，因为每天都有钱拿。要钱的时候，恰恰是你最信任这份工作的时候。

## The set that needs money

task-job-group-lucky = 恭喜！你今天抽中了商家任务。佣金 30%！
    .discuss = 你觉得为什么在拿了好几天报酬之后，对方现在才开口要钱？
task-job-group-prepaid = 这是预付任务：先充值 { $deposit } 泰铢，整组完成后连同佣金一起返还。
task-job-group-others = 团队群里，大家在发截图："完成！全部返还，还多 30%！"
task-job-group-timer = 任务将在 30 分钟后过期。
task-job-group-top-up = 充值 { $deposit } 泰铢。今晚就能返还。
    .feedback = 这是每一个刷单诈骗的转折点：你要先付钱才能"解锁"下一组。工作是付钱给你，从来不会让你付钱。那些开心的截图是他们团队自己发的。
task-job-group-refuse = "我不会花钱去上班。请把我的余额转给我。"
    .feedback = 对。一份需要你掏钱才能继续的工作，不是工作。
task-job-group-after-payday = 说等下周发工资后再做
    .feedback = 你给了自己时间，而时间正是他们不想让你有的。看看他们怎么回答。

task-job-refuse-frozen = 如果任务做到一半停下，系统会冻结你的余额。你赚的钱会全部没了。
task-job-refuse-level = 团队里每个人都这么做。现在可别放弃你的等级！
task-job-refuse-walk-away = 放弃余额，离开
    .feedback = 你放弃了应用说是你的那笔钱。那只是屏幕上的一个数字，而"保住"它的唯一办法就是付钱。
task-job-refuse-just-once = 就付这一次，保住余额
    .feedback = 余额被冻结，会让再付一次钱感觉像是在保护自己赚的钱。冻结就是为此设计的。
task-job-refuse-warn-friend = 离开，并在{ $friend }走到这一步之前告诉她
    .feedback = 你停了下来，并把你看到的变成了提醒。{ $friend }一开始可能会生气。

task-job-stuck-negative = 本组未完成。你的余额：负 { $deposit } 泰铢。
task-job-stuck-more = 要完成本组并全部提现，请充值 { $big } 泰铢。
task-job-stuck-mentor = { $mentor }："这种情况会有的！这是幸运组合。做完这个你就能全部提现了。"
task-job-stuck-pay-more = 借钱付上。到时候都会回来的。
    .feedback = 每付一次钱，就会出现新的"组合"、"税"或"手续费"。余额从来不是真的，再付钱只会让损失更大。
task-job-stuck-stop-report = 不再付钱。保存聊天记录和账号，然后举报
    .feedback = 损失之后停下来很难，因为这意味着接受损失。但正是这样才能让损失不再扩大，你的记录也能帮助警方。
task-job-stuck-ask-mother = 找妈妈借 { $big } 泰铢
    .feedback = 告诉家里人意味着一个难熬的夜晚。但这也让一个能从外面看清陷阱的人参与进来。

task-job-mother-what = 妈妈默默看完聊天记录。"{ $big } 泰铢？就为了点赞？"
task-job-mother-angry = 她很生气：生他们的气，有那么一会儿也生你的气。那是上学的钱。
task-job-mother-stay = 然后她在你身边坐下。"我们一分钱也不再给他们了。明天我们去报警。"

## After

task-job-after = 你退出了群。导师不再回复，应用显示你的余额"已冻结"。你自己的钱一分也没损失。接下来怎么办？
task-job-after-report = 向警方的诈骗举报热线举报，附上聊天记录和给你付过钱的账户
    .feedback = 附有账户和聊天记录的举报能帮助警方把案件联系起来。以后如果有人问起，它也能保护你。
task-job-after-warn-friend = 在{ $friend }充钱之前，告诉她发生了什么
    .feedback = 提醒她可能会伤她的面子。但也可能保住她的积蓄。
task-job-after-block = 全部拉黑，尽量忘掉这件事
    .feedback = 没有人能怪你。不过还是要保留聊天记录：以后如果有人问起，它们能说明发生了什么。

task-job-hold = 十天后，银行应用提示你的账户被暂停。你收到的 { $pay } 泰铢，来自另一个人被同一个团伙骗走的钱；那个人报了案，钱经过的每一个账户都在接受核查。你没有做错任何事，你的聊天记录也能证明，但银行和警方要花好几周才能处理完。你的积蓄就在这个账户里。

## The genuine job

task-job-board = 招聘：{ $town }一家果干店招兼职。拍商品照片，回复店铺 Facebook 主页上的消息，每周三个晚上。每小时 { $hourly } 泰铢。请本人到店应聘。由府就业办公室发布。
    .discuss = 这份工作比那条视频给的钱少得多。是什么让它更容易核实？
task-job-board-visit = 去店里问问
    .feedback = 一个你能在真实地址见到、不向你要任何东西的雇主，是你能核实的雇主。
task-job-board-back-to-phone = 钱太少了。还是去私信手机上的那份工作吧。
    .feedback = 工资差距是真的，刷单任务利用的正是这个差距。把招聘栏上的工作记在心里，作为衡量真实工作的尺子。
task-job-board-keep-looking = 继续找工资更高的
    .feedback = 没有损失，也还没有收获。仔细地找需要时间。

task-job-shop-hello = 进来进来！你是在就业办公室看到我的告示吧？坐，坐。
task-job-shop-work = 三个晚上，拍照和管 Facebook 主页。我不太会用手机，客人发消息我都没回。
task-job-shop-pay = 每小时 { $hourly } 泰铢，每周五发。先来做一个晚上，看看你喜不喜欢。
task-job-shop-start = 周五开始
    .feedback = 她没向你要任何东西，干完活才付钱，你也看得到她在哪里。真正的小工作就是这个样子。
task-job-shop-in-writing = 请她把工作时间和工资写在纸上
    .feedback = 她笑了，在一张收据背面写了下来。对任何雇主提出书面写明都是合理的，真正的雇主不会介意。
task-job-shop-too-little = 谢谢她，但手机那份工作给得更多
    .feedback = 工资确实低，在你攒钱的时候这很重要。区别在于：这份工作是付钱给你，从来不会反过来。

## Endings

task-job-end-safe = 在任何钱转出之前，你拉黑了聊天。你打电话的那家公司把你的消息加进了他们关于冒用公司名义的假账号的警示里。上学的钱还差一些，但一分没少。
task-job-end-waiting = 你继续在面摊做周末工，继续关注招聘栏。没有损失，也还没有收获。仔细地找更慢，但不是白费。
task-job-end-genuine = 周五，你给一罐罐芒果干拍照，回复了店里漏掉的二十条消息。{ $owner } 阿姨付你现金，让你下次再来。钱不多，但是真的，而且会跟着店一起慢慢多起来。
task-job-end-helped = { $friend }生了一天气：她拿到过钱，觉得你在说她傻。第二天晚上她发来消息："他们让我充 { $deposit } 泰铢。我拒绝了。"你们一起举报了这个账号，你们的举报和其他关于 { $app } 的举报汇在了一起。
task-job-end-lost = 你的 { $deposit } 泰铢没了。这很痛，但不是你的错：这份工作就是设计成在要钱之前让人觉得安全。你在损失扩大之前停了下来，你附上聊天记录和账户的举报能帮助警方把案件联系起来。马上给银行打电话，询问这笔转账。
task-job-end-scammed = 付了 { $big } 泰铢之后，又出现了新的"组合"，接着是提现要交的"税"。导师不再回复。你付的钱全部没了，其中一部分还是借来的。这不是你的错：这种诈骗每一步都设计得让人觉得安全。现在就给银行打电话，并附上所有聊天记录和账户去举报。以{ $mentor }的名义打字的人，可能是在诈骗园区里被迫这样做的人。
task-job-end-hold = 五周后你的账户解除了暂停，可课程定金三周内就要交。你要晚一个学期才能开始上课。你核实过，从没往里充钱，也及时停下了：这不是你的错。这正是那条规则的原因：不要从无法核实的工作那里收钱，并带着聊天记录尽早举报。

## The catalogue's red flags, in this story's setting

task-job-redflag-social-media-ad = 来自视频或消息的工作
    .explain = TikTok、Facebook、LINE 和 Telegram 本来就是人们找外快的地方，评论里一片好评的帖子看起来很可信。刷单任务在那里传播，因为没有人核查。
    .advice = 找雇主有名字、有地址、你能核实的兼职：政府的招聘栏、你能上门的店铺、你能用自己查到的号码打电话的公司。
task-job-redflag-friend-vouches = 朋友真的拿到了钱
    .explain = 真的拿到钱的朋友是有力的证据，所以刷单任务会先付前几组的钱，还给邀请奖励。你的朋友没有说谎：她只是还没走到对方要钱的那一步。
    .advice = 问你的朋友一个问题：他们有没有让你往里充过钱？然后自己核实这份工作，并把你发现的告诉她。
task-job-redflag-no-company-details = 没有可以核实的公司
    .explain = 一个只有名字的导师、一个应用和一段聊天，给不了你任何可查的东西，也没有人负责。人们会用希望填补空白。
    .advice = 要雇主的注册名称和地址，然后自己核实。无法核实的工作，不值得你交出个人信息。
task-job-redflag-pay-too-good = 点一点就来的轻松钱
    .explain = 在攒钱的时候，点赞十分钟就有不错的报酬，很难拒绝。从陌生人那里买来的点赞和评分不是真正的工作；轻松的钱就是诱饵。
    .advice = 和你附近真正的兼职工资比一比。如果一份工作不需要技能却给得多得多，在提供任何信息之前，先弄清楚是谁在付钱，为什么付。
task-job-redflag-polish-not-proof = 真实的名字不是证据
    .explain = 刷单诈骗会借用真实公司和招聘机构的名字，配上网站、注册号、公章，甚至视频通话里一张微笑的脸。谨慎的人也会上当。
    .advice = 用你自己查到的号码打给公司，问这份工作是不是他们的。记住那条即使所有核实都通过也依然成立的规则：工作从来不会让你往里付钱。
task-job-redflag-crypto-tip-early-profit = 真的能到账的小额报酬
    .explain = 最初的报酬是真的，所以这份工作显得被证实了。这些钱数额很小，付出来是为了在要钱之前建立信任。
    .advice = 几笔真实的报酬证明不了什么。不要再给无法核实的雇主更多时间或信息，并问问懂钱的人，正规公司是怎么付工资的。
task-job-redflag-upfront-fee = 付钱解锁工作
    .explain = "预付任务"、"商家任务"或"充值"，把你从干活的人变成了付钱的人。拿了几天报酬之后，这看起来只是一小步，而倒计时不给你思考的时间。
    .advice = 永远不要为了拿钱而付钱。真正的工作不会让你存钱、买加密货币或充值余额才能干活。停下来，保存聊天记录，举报这个账号。
task-job-redflag-blocked-withdrawal = 要付钱才能解冻的余额
    .explain = 当应用显示余额"已冻结"或为负数时，再付一次钱去解冻，感觉像是在保住自己赚的钱。但余额不是真的，每付一次就会有新的"组合"或手续费。
    .advice = 不要为了解冻余额而付钱。停止付款，马上就已转出的钱联系银行，并带上所有聊天记录和账号，向警方或国家反诈热线举报。
