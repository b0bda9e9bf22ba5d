# Machine-drafted translation: needs review by a native speaker.
recovery-title = 追款公司
recovery-content-note = 这个故事讲的是因诈骗损失钱财，以及随之而来的羞愧和恐惧。故事中没有暴力。如果它让你想起自己的经历，你可以随时按 q 暂停或离开，并和你信任的人谈一谈。
recovery-summary = 你已经在投资诈骗中损失了钱。现在，一家公司说能帮你把钱追回来。

## Characters

recovery-character-agent = { $agent }，{ $firm }
recovery-character-caller = { $officer }
recovery-character-bank = 你的银行反欺诈团队
recovery-character-police = 警官，警方网络犯罪部门
recovery-character-group = 诈骗受害者互助群
recovery-character-search = 搜索结果
recovery-character-regulator = { $fake }，受害者热线
recovery-character-lawyer = 律师，在你店铺附近的事务所

## Variables

recovery-you-ana = 安娜·雷耶斯，在奎松市开了一家小面包店
recovery-you-tunde = 通德·巴卡雷，在拉各斯开了一家手机维修店
recovery-you-mark = 马克·科瓦尔斯基，在俄亥俄州克利夫兰经营一家水管工程公司
recovery-you-supaporn = 素帕蓬·猜亚西，在清迈开了一家美容院
recovery-you-arjun = 阿尔琼·梅塔，在艾哈迈达巴德开了一家印刷店
recovery-you-elena = 埃琳娜·波佩斯库，在布加勒斯特开了一家花店
recovery-firm-sterling = 斯特林资产追回公司
recovery-firm-apex = 顶峰资金追讨集团
recovery-firm-crownfield = 克朗菲尔德法律与追款事务所
recovery-agent-whitfield = 詹姆斯·惠特菲尔德
recovery-agent-bennett = 劳拉·贝内特
recovery-agent-moreau = 丹尼尔·莫罗
recovery-agency-fbi = 美国联邦调查局
recovery-agency-interpol = 国际刑警组织
recovery-agency-regulator = 金融监管机构
recovery-officer-harris = 哈里斯探员
recovery-officer-chen = 陈警官
recovery-officer-okafor = 奥卡福督察
recovery-fake-ffra = Financial Fraud Recovery Authority
recovery-fake-nfvo = National Fraud Victims Office
recovery-fake-crca = Consumer Restitution and Compensation Agency

## The first contact

recovery-start = 你是{ $you }。三个月前，你在一个假交易应用上损失了 ${ $lost }：最初的 ${ $card } 用银行卡支付，其余通过银行转账和加密货币。你感到羞愧，尽管这不是你的错：那个应用是专业人士专门用来骗谨慎的人的。你在 Facebook 和一个网上互助群里写了这件事，想提醒别人。很多人友善地回复。也有几个人私信了你。
    .discuss = 骗子为什么专找刚刚损失了钱的人？

recovery-contact = 主题：您的案件——资金已追踪到。尊敬的客户：{ $firm }与{ $agency }合作，帮助追回被网络诈骗窃取的资金。我们的分析师已追踪到您的${ $lost }流入了一个加密货币钱包。我们能为像您这样的受害者追回高达90%的资金。请于今天回复以立案。编号：RC-2291/7
    .discuss = 这家公司怎么会知道你损失了钱？回复之前，你会先核实哪些事？
recovery-contact-reply = 回复。终于有人能帮忙了。
    .feedback = 骗子会留意那些被骗过钱的人发的帖子，然后提出帮忙追回。它之所以管用，是因为希望是真的，伤痛也还很新。这是第二次诈骗，专门针对已经受过伤害的人。
recovery-contact-ask-how = 回复一个问题：“你们是怎么找到我的？”
    .feedback = 问得好。注意对方的回答是不是你能自己核实的。
recovery-contact-check = 先别回复。自己去找{ $agency }的官方网站，看看他们怎样联系受害者。
    .feedback = 真正的警察和监管机构不会写信给受害者推销收费的追款服务。通过自己找到的来源核实是很有力的一步。但要留意搜索结果显示了什么：骗子也会购买搜索排名。
recovery-contact-lawyer = 不回复他们。去找一位处理诈骗案件的律师
    .feedback = 向专业人士咨询是合理的，而且可能要花钱。"追款"公司也常自称律师，所以要看清名字背后到底是谁。

recovery-found-you = 我们与追踪被盗资金的区块链分析师合作。您的案件在我们收到的{ $agency }受害者名单上。时间很紧迫：犯罪分子可能很快就会把钱包清空。我们明天可以给您打电话吗？
recovery-found-you-take-call = 同意通电话
    .feedback = 把“受害者名单”分享给私人公司，这不是警方的做法。他们很可能是看到了你公开发的帖子。设定期限，是为了催你在核实之前就行动。
recovery-found-you-check = 说你要先自己向{ $agency }核实
    .feedback = 很好。真正的机构不会介意你核实。骗子则会想方设法阻止你，常常是用期限来催你。
recovery-found-you-bank-first = 先什么都不说，按银行卡背面的号码打给银行
    .feedback = 银行是你自己联系上的，也了解你的付款情况。代价是在忙碌的一周里排队等上一个小时。

## A lawyer

recovery-lawyer-stars = 你搜索"加密货币诈骗律师"。第一条："CryptoRecover Legal：4.9 星，312 条评价。不赢不收费。成功率 93%。"评价热情又详细。
    .discuss = 三百条好评能告诉你什么？又不能告诉你什么？
recovery-lawyer-local = 再往下，在地图上：离你店铺十分钟的一家律师事务所。十一条评价，有几条在抱怨。"首次咨询：一小时 ${ $consult }。"
recovery-lawyer-online-firm = 写信给那家五星律所。不赢不收费：没什么可损失的
    .feedback = 评价、成功率和"不赢不收费"都很容易买来或自己写。许多追款骗局借用律所的名义，等你签了字，就冒出"立案费"或"税费"。
recovery-lawyer-local-lawyer = 预约附近的事务所，付一小时的 ${ $consult }
    .feedback = 一位你能登门拜访、有真实办公室、名字能在律师协会查到的律师，是可以追究责任的人。这一小时要花钱，也可能一分钱都追不回来。
recovery-lawyer-search = 选择之前，先查查你们国家由哪个机构处理这类事
    .feedback = 知道真正的主管机构是谁，能帮你判断其他所有人。留意搜索把你带到了哪里。

recovery-lawyer-real-fee = 律师在桌前收下你的 ${ $consult }，给你开了收据。她把你的材料看了很久。
recovery-lawyer-real-honest = "我跟你直说。用加密货币转出去的钱几乎从来追不回来，谁承诺 90% 谁就在撒谎。我不会接一个赢不了的案子。"
recovery-lawyer-real-card = "但你用卡付的那 ${ $card } 不一样。今天就请银行申请争议退款：这是有时限的。再去报警，留个记录。"
recovery-lawyer-real-bank = 直接回家，拨打卡上的银行号码
    .feedback = 把你指向你自己的银行、除此之外什么都不要的建议，才是可以信任的建议。这一小时花了 ${ $consult }，值得。
recovery-lawyer-real-police = 回家路上去派出所
    .feedback = 报案让你的损失有了记录，警方可以把它和其他案件联系起来。很慢，但是真的。
recovery-lawyer-real-firm-after-all = 她什么都没承诺。{ $firm } 承诺了 90%。还是回复他们的邮件吧
    .feedback = 诚实的"恐怕不行"比自信的承诺更让人难受。但只有诚实的回答来自你能核实的人。那个承诺来自通过你的帖子找到你的人。

## The fee

recovery-call-sorry = 我是负责您案件的律师。首先，对您的遭遇我深感遗憾。这些犯罪分子都是专业的。这不是您的错。
    .discuss = 开头这段话里的每一句都是真的。为什么这会让后面的话更容易被相信？
recovery-call-traced = 我们已经追踪到了那个钱包，只要我们为您立案，{ $agency }就会把它冻结。
recovery-call-fee = 需要缴纳一次性的立案费${ $fee }。出于安全考虑，必须用USDT（一种加密货币）支付。
recovery-call-pay-fee = 付这${ $fee }。跟${ $lost }比起来不算多。
    .feedback = 事情还没办就先收费，正是这种骗局的核心。真正的警察、监管机构和银行反欺诈团队从不向受害者收费来追回钱，也从不要求用加密货币。那些体贴的话都是练过的。
recovery-call-ask-proof = 要求对方提供证明：他们的执照，以及{ $agency }的信函
    .feedback = 要求提供证明是合理的。注意你拿到的是什么样的证明，又是谁给的。
recovery-call-refuse-fee = 说你在和银行谈过之前不会付任何钱
    .feedback = 对。先收费、还要用加密货币，是最明显的信号。如果钱真能追回，也是通过警方和法院，而不是付手续费给一个陌生人。

recovery-documents-letter = PDF文件：一封盖着公章、印着{ $agency }标志的信。“授权追款合作方。案件编号RC-2291/7。”
    .discuss = 你会怎样核实这样一封信是不是真的？
recovery-documents-licence = 我们的执照编号是FRC-448812。我们的网站上就有，还有满意客户的好评。
recovery-documents-badge = 照片：{ $agent }穿着西装，戴着工作证，站在一面旗帜前。
recovery-documents-push = 一切都是正规的。我们只需要收到立案费就能开始。
recovery-documents-pay = 这些文件看起来是真的。付手续费。
    .feedback = 标志、公章、案件编号和证件都很容易复制。一个满是好评的网站，做起来也花不了多少钱。包装得再好也不是证据：只有你自己找到的联系方式才能确认。
recovery-documents-call-letter = 打信上印的电话号码核实一下
    .feedback = 核实是对的，但对方给你的号码只会打回他们那里。要用你自己找到的号码：官方网站上的（网址自己手动输入），或者银行卡背面的。
recovery-documents-look-up = 自己查{ $agency }的电话号码，打那个号码
    .feedback = 对：信上的标志和号码什么也证明不了，所以你自己去查。在哪里查也很重要。

recovery-spoof-hello = 下午好。我是{ $agency }资产追回部门的{ $officer }。
recovery-spoof-confirm = 我确认，{ $firm }是我们在您这起案件上的授权合作方。请按照他们的指示去做。
recovery-spoof-bank = 还有，请不要和您的银行谈论这个案子。嫌疑人可能在银行里有内线。
recovery-spoof-trust = 这下确定了。付手续费。
    .feedback = 在追款公司给你的号码上得到的“确认”，其实是同一伙人换了个角色。被告知不要和银行说，是一个很强的信号：真正的警官会希望你的银行参与进来。
recovery-spoof-doubt = 挂断。自己查官方号码再打过去。
    .feedback = 很好。谁都能在电话里报个头衔。只有你从可信的来源自己查到的号码，才能告诉你到底在和谁说话。

## Your own search

recovery-search-results = 你在搜索引擎里输入{ $agency }的名字和"诈骗受害者"。
    .discuss = 这个号码是你自己找到的。在相信它之前，你还想知道什么？
recovery-search-top = 最上面，标着"广告"：{ $fake }，"官方受害者赔偿服务"。网页上有国徽、案件查询表格和 24 小时热线。
recovery-search-gov = 再往下：一个政府网址上更朴素的页面，有一则通知，标题是"防骗提醒：资金追回公司"。
recovery-search-call-top = 打最上面的热线：看起来很官方，而且是你自己找到的
    .feedback = 谨慎的人就是这么做的，骗子也知道：他们购买搜索广告，为山寨机构盗用国徽。自己查号码是好习惯，但单靠这一点还不够。
recovery-search-gov-page = 先读那个朴素页面上的防骗提醒
    .feedback = 政府网址、平淡无奇的页面、一条不向你索取任何东西的警告：真正的主管机构往往就是这个样子。
recovery-search-ask-bank = 看起来官方的页面太多了。按卡上的号码打给银行
    .feedback = 当你分不清哪个页面是真的，就回到这一切开始之前你就有的那个号码。

recovery-fake-reg-menu = 录音："这里是{ $fake }。网络诈骗受害者请按 1。"
recovery-fake-reg-confirm = 一位语气平静的工作人员马上找到了你的案件编号。"是的，{ $firm } 是登记在册的追款合作方。你的案卷是真的。"
recovery-fake-reg-no-fee = "你直接向我们核实，做得很好。我们从不向受害者索要加密货币，也从不收费。"
recovery-fake-reg-escrow = "立案押金通过银行转账存入我们受监管的客户账户，如果追款失败会全额退还。你的案件立案窗口今天截止。"
recovery-fake-reg-pay-escrow = 用银行转账付押金。你核实过了，他们还提醒别用加密货币，而且押金可退
    .feedback = 你做了一个谨慎的人能做的核实：自己查号码，不付加密货币，拿到收据。这家山寨机构就是为了通过每一项核实而搭建的。始终成立的规则是：没有任何真正的机构会让你付钱来追回损失，哪怕是"可退还"的押金。
recovery-fake-reg-pay-half = 提出现在付一半，钱回来后再付另一半
    .feedback = 留一半在手里感觉像是保护。但在钱出来之前付进去的任何钱，怎么拆分都是同一个骗局。
recovery-fake-reg-ask-bank = 说你先和银行谈过再回电话
    .feedback = "今天截止"的窗口是为了不让你去问别人。你的银行知道哪些账户是真的。你可能会错过截止时间，而真正的机构不会设这种期限。

recovery-fake-paid = 转账成功，一张印着国徽的收据发了过来。两天后热线无人接听，网页不见了，{ $firm } 也不再回复。你转出去的钱也没了。

## The frozen funds

recovery-paid-thanks = 手续费已收到。您的案件现已立案。
    .discuss = 钱已经“准备好”了，但还要再交一笔费用。为什么到了这一步很难停下来？如果朋友处在这种境地，你会对他说什么？
recovery-paid-frozen = 好消息！{ $agency }已冻结该钱包。您的${ $lost }已可申请发放。
recovery-paid-portal = 您可以在客户门户中查看。状态：已冻结，等待缴纳放款费。
recovery-paid-release = 最后的放款费为${ $final }，须在48小时内以USDT支付。逾期资金可能会回到犯罪分子手中。
recovery-paid-pay-final = 付这${ $final }。现在就差一点了。
    .feedback = 钱被“冻结”，要再交一笔费用才能放出来，这和第一次诈骗是同一个把戏。那个门户只是他们控制的一个网页。永远还会有下一笔费用。
recovery-paid-deduct = 让他们从追回的钱里扣除费用
    .feedback = 问得合理。如果钱真的在那里，费用就可以从里面扣。
recovery-paid-stop = 停下。打银行卡背面的电话，联系银行反欺诈团队。
    .feedback = 对。你自己的钱被扣着，要你再付钱才放，说明根本没有钱可放。现在停下，能保住你还剩下的钱。

recovery-excuse-law = 国际法不允许这样做。在费用结清之前，被冻结的资金不能动用。
recovery-excuse-risk = 我冒着丢掉执照的风险在帮您。其他客户付了钱，都拿回了全部资金。
recovery-excuse-clock = 还剩36个小时。请不要再一次失去一切。
recovery-excuse-pay = 付钱。你受不了再失去一切。
    .feedback = “不要再一次失去一切”是在拿你的伤痛来对付你。没有任何法律禁止从真实存在的钱里扣费。那些被冻结的资金根本不存在。
recovery-excuse-stop = 停下，打银行卡背面的电话向银行核实
    .feedback = 对。根本没有什么法律，只有让你先付钱的借口。在这种压力下停下来，需要力量。

recovery-second-paid-received = 款项已收到。只差最后一步。
recovery-second-paid-certificate = 现在，{ $agency }在放款前需要一份反洗钱证明：${ $fee }。之后，资金就归您了。
recovery-second-paid-pay-again = 再付一次。总得有个头吧。
    .feedback = 一直抱有希望是人之常情。但他们说出的每一笔费用后面都会有下一笔，因为根本没有钱可放。
recovery-second-paid-stop = 停下。保存每一条消息和收据，去找真正的帮助。
    .feedback = 付过钱之后再停下非常难，但这是正确的一步。不管你付过多少钱，他们的所作所为都不是你的错。

## The real help

recovery-verify = 你把这家公司的消息放到一边，自己去找号码：银行卡背面的号码，还有警方网络犯罪部门官网上的号码——网址是你手动输入的，不是点链接打开的。
    .discuss = 在你的国家，去哪里能找到可以信任的号码？
recovery-verify-call-bank = 打电话给银行的反欺诈团队
recovery-verify-go-police = 去警方网络犯罪部门报案：关店一个下午
recovery-verify-lawyer = 先付一小时的钱咨询本地律师，弄清楚你有哪些选择
recovery-verify-warn-group = 先去你分享过经历的互助群里提醒大家

recovery-bank-hello = 反欺诈团队，感谢您的来电。能告诉我发生了什么吗？
recovery-bank-never = 我们追回钱从不收费，真正的机构也不会要求用加密货币支付。而且{ $agency }从来不会派私人公司来向您要钱。
recovery-bank-honest = 转账和加密货币很难追回，我不能承诺什么。你用卡付的 ${ $card } 不一样：如果现在开始，我们可以对它发起争议。
recovery-bank-dispute = 发起银行卡争议，哪怕今晚要填表
    .feedback = 银行卡争议（拒付）是一部分钱真正能回来的途径，经由你自己的银行，不用付任何钱。它有时限，要花几个星期，也可能失败。
recovery-bank-flag-payments = 把付给那家公司的每一笔款项的日期和钱包地址都告诉他们
    .feedback = 行动要快。加密货币付款很难撤回，但银行可以保护你的账户，你的报案也有助于追查背后的人。
recovery-bank-report = 谢谢他们，同时也向警方网络犯罪部门报案
    .feedback = 这个诚实的回答，听起来不如那家公司承诺的90%诱人。区别就在这里：真正的帮助不会承诺它无法确定的事，也不会向你要钱。
recovery-bank-back-to-firm = 那家公司承诺90%。银行什么都不承诺。再给那家公司一次机会。
    .feedback = 大大的承诺总比一句诚实的“也许”让人舒服。这就是为什么追款骗局对已经被骗过的人这么有效。只有那个诚实的回答，来自你自己联系上的人。

recovery-police-report = 警官受理了你的报案。他们要了每一封邮件、每一段聊天、每一张收据和每一个钱包地址。
recovery-police-slow = 这可能要几个月，我不能保证能抓到他们。这是你的案件编号。
recovery-police-known = 这个月还有别人举报过{ $firm }。一样的信，一样的案件编号。
recovery-police-no-fee = 我们从不向受害者收费。如果有人打电话冒充我们、向你要钱，直接挂断。
recovery-police-go-home = 回家吧。你已经做了你能做的。
    .feedback = 你保存了证据，并向真正的执法部门报了案。这完全正确，哪怕钱追不回来。
recovery-police-go-home-disputed = 回家，等银行关于银行卡的答复
    .feedback = 你用了两条真实的途径：报警和你的银行。谁也没有承诺什么，谁也没有向你要钱。
recovery-police-ask-bank = 问问银行卡那笔付款该怎么办，然后打给银行
    .feedback = 警察不能撤回付款，你的银行有时可以。漫长的一天里又一通电话。
recovery-police-go-home-paid = 回家吧。眼下你能做的都已经做了。
    .feedback = 即使付过钱，报案也完全正确。你的证据能帮警方把案件串起来，也许还能保护别人。
recovery-police-warn-group = 在你分享过经历的互助群里发一条提醒
    .feedback = 骗子会在公开的群里寻找受害者。一个过来人的提醒，往往就能让别人停下来。

## The card dispute

recovery-chargeback-forms = 我们已经对这笔 ${ $card } 发起了争议。请在周五前发来你的账单和应用截图。
    .discuss = 银行什么都不承诺，还要你交材料。那家公司承诺了 90%。你会相信哪一方，为什么？
recovery-chargeback-weeks = 最长可能要六个星期。对方公司也可能提出异议。
recovery-chargeback-no-promise = 抱歉我只能说这么多。我们从不收费，也只会通过应用或你卡上的号码联系你。
recovery-chargeback-police-too = 也去报警，带上银行的案件编号
    .feedback = 报案回执有助于银行的争议处理，也把你的案子和其他案件联系起来。又要关店一个下午。
recovery-chargeback-wait = 交上材料，然后等待
    .feedback = 当别人在承诺快速结果时，等待是很难的。真实的途径就是慢。
recovery-chargeback-wait-paid = 交上材料，然后等待
    .feedback = 当别人在承诺快速结果时，等待是很难的。真实的途径就是慢。
recovery-chargeback-firm-faster = { $firm } 又来信了：他们能"加快"你的银行争议处理。等待期间就让他们帮忙吧
    .feedback = 追款骗子常提出要"加快"一个真实的流程。你的银行不需要任何中间人，也从不收费。
recovery-chargeback-warn-group = 等待期间，在互助群里提醒大家注意 { $firm }
    .feedback = 亲身经历过的人发出的警告，大家会相信。

## The support group

recovery-group-question = 新帖子：“{ $firm }说只要付一小笔费用就能帮我追回钱。有人用过他们吗？”
    .discuss = 在这样的群里，怎样分辨真心的建议和虚假的好评？怎样的回复才能真正帮上忙？
recovery-group-praise = 一个新账号回复：“用过！！两周就帮我追回了全部的钱。赶快联系他们！！”
recovery-group-warn = 回复：这是追款骗局。真正的机构不收费。下面是举报的方法。
    .feedback = 你点破了骗术，也指出了更好的路。新账号发的热情好评，往往就是骗子自己发的。
recovery-group-share-story = 分享你的遭遇，包括付过的费用
    .feedback = 讲出自己的经历需要勇气。人们愿意听过来人的话，这也说明这种事可能发生在任何人身上。
recovery-group-report-post = 把那条满是夸赞的回复当作假账号举报给群管理员
    .feedback = 满是好评的全新账号是受害者群里常见的伎俩。管理员可以删除它并提醒成员。
recovery-group-scroll = 划过去。你经历的已经够多了。
    .feedback = 这可以理解。但一个懂得这些信号的人简短回复一句，就能让下一个人不再付钱。

## Endings

recovery-end-safe = 你没有给那家公司付钱。你的报案和其他关于{ $firm }的报案汇集在一起，帮助警方把案件串起来。第一次的损失仍然让你心痛，那也不是你的错。你保存了证据，现在你也认得这个信号了：真正的帮助从不要求用加密货币付费。
recovery-end-scammed = 那家追款公司是第二个骗局，经营它的人专门寻找已经受过伤害的受害者。你付的费用已经没了，被冻结的钱也从来就不存在。这不是你的错。向警方网络犯罪部门和你的银行报案，保存每一条消息和收据，并和你信任的人或支持服务机构聊一聊。
recovery-end-helped = 提问的人向你道谢：他们差点就把费用转过去了。其他人说他们也收到过一模一样的信。管理员删除了那条夸赞的回复，群里置顶了关于 { $firm } 的警告，并附上向真正主管机构举报的方法。
recovery-end-chargeback = 七个星期后，${ $card } 退回到你的卡上。这不是你损失的全部：转账和加密货币仍然没了，警方的案子还开着，缓慢而安静。但没有人向你要过任何东西，帮你的人都是你通过原本就有的号码联系上的。第一次的损失不是你的错，而且你没有再被骗子拿走任何东西。
recovery-end-regulator = 你做了谨慎的人会做的事，却还是损失了押金：你没有轻信那家公司，你自己搜索，你打给了一个看起来很官方的机构，你没有付加密货币。这个机构是假的，连搜索广告都是，就是为了通过这些核实而搭建的。这不是你的错。马上打给你的银行（刚转出的款项有时还能追回），把假机构的网页和号码举报给警方和真正的监管机构，并记住那条即使每项核实都通过也依然成立的规则：没有任何真正的机构会让你付钱来追回钱。

## The catalogue's red flags, in this story's setting

recovery-redflag-upfront-fee = 追回钱款前先交费
    .explain = 损失之后，一笔"解冻费"或"追回费"听起来像是拿回钱的最后一步。这还是原来的把戏：交了一笔，总会有下一笔。
    .advice = 不要为追回损失的钱向任何人付费。用银行卡背面的号码问你的银行，用官方网站上的联系方式问警方网络犯罪部门：两者都不会因报案或调查向你收费。

recovery-redflag-polish-not-proof = 看起来正规不等于真实
    .explain = 标志、案件编号、律师事务所的信笺和平静友善的声音，让"追款"服务显得很真实。骗子会冒充真实的公司、监管机构和警察，所以细心的人也会上当。
    .advice = 通过你自己找到的渠道核实，不要用对方发来的链接、号码或文件：你的银行、警方网络犯罪部门、本国的金融监管机构。
