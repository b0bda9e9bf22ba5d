# Machine-drafted translation: needs review by a native speaker.
face-on-the-call-title = 视频里的那张脸
face-on-the-call-summary = 你在网上认识的一个男人通过了人人都推荐的测试：他愿意视频，脸也是真的。你是一位住在澳大利亚、五十多岁的女性，由你来判断一张真实的脸到底能证明什么。

## Characters

face-on-the-call-character-man = { $man }
face-on-the-call-character-genuine = { $genuine }
face-on-the-call-character-daughter = { $daughter }，你的女儿
face-on-the-call-character-platform = { $platform }

## Variables

face-on-the-call-city-perth = 珀斯
face-on-the-call-city-adelaide = 阿德莱德
face-on-the-call-city-geelong = 吉朗
face-on-the-call-man-david = 戴维
face-on-the-call-man-michael = 迈克尔
face-on-the-call-man-andrew = 安德鲁
face-on-the-call-genuine-graham = 格雷厄姆
face-on-the-call-genuine-steve = 史蒂夫
face-on-the-call-genuine-phil = 菲尔
face-on-the-call-daughter-jess = 杰丝
face-on-the-call-daughter-amy = 艾米
face-on-the-call-daughter-kate = 凯特
face-on-the-call-friend-carol = 卡罗尔
face-on-the-call-friend-lyn = 林恩
face-on-the-call-friend-sue = 苏
face-on-the-call-platform-aurum = Aurum Bullion Markets
face-on-the-call-platform-goldcrest = Goldcrest Capital
face-on-the-call-platform-meridian = Meridian Metals Trading

## Two messages

face-on-the-call-start = 你今年54岁，住在{ $city }。四年前婚姻结束了，孩子们都已长大，夜晚显得格外漫长。女儿{ $daughter }帮你建了交友资料，只给了你一条规矩：“他要是不肯视频，就是骗子。真正的男人敢露脸。”
    .discuss = 你在哪里听过类似{ $daughter }的建议？一次视频通话究竟能证明什么？

face-on-the-call-inbox = 这周有两个男人给你发消息。{ $man }是{ $city }人，土木工程师，丧偶，正在迪拜做合同项目：面相和善，照片很好看，一条长消息让你忍不住微笑。{ $genuine }是退休电工，住得离你二十分钟车程。他的消息只有三行，还有一个错别字，照片是他的狗和他的菜园。
face-on-the-call-inbox-reply-man = 回复{ $man }。他的消息你读了两遍。
    .feedback = 这没什么不对。一条温暖、写得好的消息，谁都会回。重要的是接下来发生什么。
face-on-the-call-inbox-reply-genuine = 回复{ $genuine }。他住得近，约杯咖啡很方便。
    .feedback = 不错的选择。住得近的人可以在公共场所见面，很多你需要知道的事在那里就清楚了。
face-on-the-call-inbox-reply-both = 两个都回，看看和谁合得来
    .feedback = 在交友网站上很正常。你先从{ $man }那条长消息开始。

## The stranger

face-on-the-call-man-chat-hello = 你的笑容真美。我差点没敢写，我不太擅长这些。
    .discuss = 一个远在外地、丧偶、工作体面的男人：骗子为什么可能选这样的故事？
face-on-the-call-man-chat-story = 我妻子三年前去世了。女儿在悉尼读大学。项目春天结束前我都在迪拜，之后就回来定居。
face-on-the-call-man-chat-move = 我很少上这个网站，它老是把我登出。我们能在WhatsApp上聊吗？这是我的号码。
face-on-the-call-man-chat-whatsapp = 在WhatsApp上给他发消息
    .feedback = 很快从交友网站转到私人聊天软件，是常见的第一步：到了那里，网站就看不到聊天内容，也删不了账号。很多真实的人也会换软件，所以留意接下来发生什么。
face-on-the-call-man-chat-video-first = “在别的之前，我想先简短视频一下。”
    .feedback = 你用了{ $daughter }教你的测试，而且是留在网站上做的。看看这次通话能显示什么，又显示不了什么。
face-on-the-call-man-chat-stay-app = “我们先在这里聊吧。”
    .feedback = 留在网站上，举报工具就在手边。这可能让他少了一点热情；看看他怎么对待一个小小的“还不行”。

face-on-the-call-stay = 当然，不着急。我也是老派的人。让我做得比发消息更好：我们周日视频吧，好让你知道我是真的。

face-on-the-call-whatsapp-morning = 早上好，美人。我这边才凌晨5点，你是我醒来第一个想到的人。
face-on-the-call-whatsapp-daughter = 我女儿一定会喜欢你。她说我这个月笑得比过去三年都多。
face-on-the-call-whatsapp-future = 等我回来，想带你沿着海岸公路走走。就我们两个人。
face-on-the-call-whatsapp-ask-video = 按{ $daughter }说的，要求视频通话
    .feedback = 合理的要求。很多骗子会回避，所以它确实能识破一部分。看看这次通话能显示什么，又显示不了什么。
face-on-the-call-whatsapp-enjoy = 享受就好。已经很久没有人这样给你写信了。
    .feedback = 这是“爱情轰炸”：才几周就感情浓烈，谈共同的未来，每天早上都发消息。它之所以有效，是因为满足了真实的需要。在转到WhatsApp之后，这是常见的下一步。
face-on-the-call-whatsapp-slow-down = 告诉他这一切对你来说有点太快了
    .feedback = 说得合理，而且你说得很温和。真正在乎你的人可以放慢脚步。看看他怎么回答。

face-on-the-call-offers-call = 我知道我太热情了。你应该看看和你说话的人是谁。今晚视频吧，你那边8点？

## The call

face-on-the-call-call-connects = 通话接通了。真的是他：和照片上一样的脸，鬓角有些花白，因为找不到按钮而自嘲地笑着。他叫你名字的方式，和他写的一模一样。他身后：一间小公寓，架子上放着安全帽，窗外是高楼。画面卡了一秒，又跟上了。
    .discuss = 这里的一切都和照片对得上。说出三种这样的通话仍然可能是假的方式。
face-on-the-call-the-call-short = 这边信号太差了，亲爱的。我得走了，明天一早出工。周日同一时间？
face-on-the-call-the-call-convinced = 他是真的。{ $daughter }的测试通过了。
    .feedback = 感觉像是证据，而这正是目的所在。如今通话里的脸可能是实时换脸，也可能是一个真实的男人，被雇来或被逼着坐在镜头前，而打字的是另一个人。通话有帮助，但它证明的比看上去少。始终成立的原则：永远不要根据网上认识的人给的消息去转钱或投资。
face-on-the-call-the-call-odd-details = 记下画面卡顿和通话很短。下次请他转转头，再用手在脸前晃一下。
    .feedback = 想得很细：廉价的换脸在手挡过脸时可能会模糊。但好的换脸未必，而被雇来专门打视频的真人，能通过所有这类测试。检查脸可能失败；检查他向你要什么，不会失败。
face-on-the-call-the-call-tell-daughter = 把通话的事告诉{ $daughter }
    .feedback = 告诉亲近的人是好事：秘密对骗子有利。但{ $daughter }学的也是和你一样的测试，而它刚刚被通过了。

face-on-the-call-second-call-wave = 周日他向左、向右转头，笑着在脸前挥了挥手。什么都没有模糊。“满意了吗，侦探？”
face-on-the-call-second-call-hurt = 他在笑，但你听得出他有点受伤。这次通话比第一次短。

face-on-the-call-daughter-happy = { $daughter }高兴极了。“看吧？他会视频。我就说嘛，妈，这样就知道了。”她让你答应圣诞节带他回家。

## The tip

face-on-the-call-weeks = 几周过去了。每天早上的消息，每周日的通话。在一次通话中，你提到自己担心退休后只靠养老金（super）过日子。
    .discuss = 为什么这个“门路”现在才出现，在几周之后，在那些通话之后？
face-on-the-call-tip-gold = 别担心这个，亲爱的。我在{ $platform }上做黄金交易，我的导师会发信号给我。我女儿上大学的钱就是这么来的。
face-on-the-call-tip-small = 先从小的开始，${ $first }，我一步步带你。我只想知道你有保障。我把链接发给你。
face-on-the-call-tip-try-small = 投入${ $first }。你见过他的脸；他是真的。
    .feedback = 他的脸也许是真的，而这个门路仍然是骗局。网上认识的人给的理财门路，正是这类犯罪的核心，视频通话改变不了这一点。他带你去的平台上，你看到的只是平台主人想让你看到的。
face-on-the-call-tip-check-platform = 先自己去监管机构的官方名录里查一下{ $platform }
    .feedback = 很谨慎，也比相信他的链接要好。看看名录能告诉你什么，又告诉不了你什么。
face-on-the-call-tip-decline = “我不把钱和感情混在一起。不了，谢谢。”
    .feedback = 即使脸是真的，你也守住了能保护你的原则：不因网上认识的人给的门路拿出钱。这可能要付出代价：看看他怎么接受。

face-on-the-call-register = 在ASIC（澳大利亚证券和投资委员会）的专业名录上，也就是监管机构自己的网站上，真的有：{ $platform }，一家位于悉尼的持牌公司，牌照号和他发来的网站上的一样。你松了一口气。名录上写着一个办公地址和一个电话号码；他那个网站上有一个聊天窗口和一条WhatsApp客服热线。
face-on-the-call-register-good-enough = 它是持牌的。投入${ $first }。
    .feedback = 你确实查了，牌照也是真的：属于一家真正的公司。骗子会盗用持牌公司的名称和牌照号，再建一个仿冒网站。漂亮的网站和真实的牌照号，都不能证明你在和那家公司打交道。
face-on-the-call-register-compare = 打名录上的电话，而不是他网站上的，问那个网站是不是他们的
    .feedback = 核查就是这样才站得住：通过你自己找到的联系方式，而不是别人发给你的。
face-on-the-call-register-ask-bank = 在转任何钱之前，先去银行网点问问
    .feedback = 很好的一步。银行职员每周都会见到这类骗局，而且他们核查的渠道，别人没法把你引开。

face-on-the-call-bank = 在网点，银行反诈团队的一位女士盯着那个链接看了好一会儿。然后她按名录上的号码给那家公司打电话，你就坐在旁边。

face-on-the-call-clone-found = 真正的{ $platform }回答得客气而疲惫：“那个网站不是我们的。有人在冒用我们的名称和牌照号。您是这个月第四个打来的。”你手机锁屏上的那张脸对着你微笑。
    .discuss = 名录是真的，牌照也是真的。是什么让结果不一样？
face-on-the-call-clone-found-tell-man = 把你发现的告诉{ $man }。也许他也被骗了。
    .feedback = 善意的想法，也很常见。但骗子总有解释，而解释往往伴随着又一次通话，让你重新安心。
face-on-the-call-clone-found-block-report = 拉黑他，并向交友网站和Scamwatch举报他的资料和那个网站
    .feedback = 无论那张脸多真，那个门路才是骗局。举报能帮助在下一个人受害之前撤下这个资料和网站。

## When you say no

face-on-the-call-pushback-hurt = 打了那么多电话，每天早上都问候你，你却觉得我在撒谎？你明明“看见”过我。
face-on-the-call-pushback-proof = 看着我。看着我，说我不是真的。
face-on-the-call-pushback-last = 我没法和一个不信任我的人在一起。证明你信任我，不然我们就到此为止。
face-on-the-call-pushback-hold-rule = “我相信你是真的。但我还是不会因为任何人的门路去转钱。”
    .feedback = 这就是在其他所有检查都通过时，仍然能保护你的原则。你不必去判断那张脸是不是真的。它让你付出了一些代价，也保住了你的安全。
face-on-the-call-pushback-give-in = 道歉，投入${ $first }，向他证明你信任他
    .feedback = “证明你信任我”把钱变成了爱情的考验。它对善良的人有效，因为他们不想伤害任何人。一个真实的人值得信任，也用不着告诉你把钱放在哪里。
face-on-the-call-pushback-give-in-more = 道歉，存入那笔大钱，向他证明你信任他
    .feedback = “证明你信任我”把钱变成了爱情的考验。它对善良的人有效，因为他们不想伤害任何人。一个真实的人值得信任，也用不着告诉你把钱放在哪里。
face-on-the-call-pushback-ask-time = 要一周时间考虑，和{ $daughter }商量一下
    .feedback = 花时间考虑永远是可以的。“最后机会”恰恰是为了阻止你这么做。
face-on-the-call-pushback-ask-time-late = 要一周时间考虑，和{ $daughter }商量一下
    .feedback = 花时间考虑永远是可以的。“最后机会”恰恰是为了阻止你这么做。

face-on-the-call-gone = { $man }沉默了，然后发来一条很长的伤心消息，接着是一条愤怒的。再后来，他的号码再也打不通了。这比你想的更痛。不管他是谁，那些早晨的感觉是真的。

## The early profit

face-on-the-call-profit-balance = 欢迎回来。本月您的投资组合上涨了18%。
face-on-the-call-profit-withdraw = 测试提现$200：已完成。请查看您的银行账户！

face-on-the-call-event-see = 看吧？我跟你说过。现在听好：下次利率决议前，金价会暴涨。我要全部投进去。
face-on-the-call-event-window = 只有48小时的窗口。投入${ $big }，我们就稳了。为了我们，等我回来。
face-on-the-call-event-secret = 先别告诉{ $daughter }。她会担心，而且来不及了。
    .discuss = 那次提现是真的成功了。骗子为什么会让你把钱取出来？
face-on-the-call-event-deposit-big = 从养老金和存款里转出${ $big }。毕竟提现成功了。
    .feedback = 那次小额提现是诱饵：对他们来说成本很低，却换来了你的信任，好让你存入多得多的钱。期限和“别告诉你女儿”都是为了不让你去核实。
face-on-the-call-event-ask-daughter = 还是在动存款之前告诉{ $daughter }
    .feedback = 你打破了他要你保守的秘密。就这一步，就能阻止很多这类骗局。
face-on-the-call-event-keep-small = “里面的钱就先放着，我不会再加了。”
    .feedback = 把金额控制得小，能限制损失。但门路本身就是警讯；看看你不再加钱时他会怎么做。

face-on-the-call-daughter-talk-saw = 可是妈，你见过他呀。那就是测试。
face-on-the-call-daughter-talk-but = 等等。他告诉你把钱放在哪里？从来没人告诉我要查这一点。
face-on-the-call-daughter-talk-stop-clean = 停下：不管他是谁，都不因他的门路拿出钱
    .feedback = 对。你不需要证明他是假的。网上认识的人给的门路，本身就足够成为拒绝的理由。
face-on-the-call-daughter-talk-look-together = 一起在监管机构的官方名录里查{ $platform }
    .feedback = 两个人查比一个人好。看看名录能告诉你什么，又告诉不了你什么。
face-on-the-call-daughter-talk-carry-on = { $daughter }没见过他。照他说的做。
    .feedback = 他把自己放在了你和家人之间：这是常见的一步。真正的伴侣会乐于看到你的家人提问。

face-on-the-call-daughter-worry-saw = 可是妈，你见过他呀。那就是测试。而且提现也成功了。
face-on-the-call-daughter-worry-but = 等等。他告诉你把钱放在哪里？从来没人告诉我要查这一点。
face-on-the-call-daughter-worry-stop-now = 停下：不再投钱。试着把投进去的钱取出来。
    .feedback = 对，而且在钱已经投进去时很难做到。现在停下，才能保住你剩下的积蓄。
face-on-the-call-daughter-worry-to-bank = 明天一起去银行网点，把一切都给他们看
    .feedback = 很好的一步。银行职员每周都会见到这类骗局。一起去，也打破了他要你保守的秘密。
face-on-the-call-daughter-worry-carry-on = { $daughter }没见过他。存入那笔大钱。
    .feedback = 他把自己放在了你和家人之间：这是常见的一步。真正的伴侣会乐于看到你的家人提问。

face-on-the-call-bank-late = 在网点，银行反诈团队的一位女士按监管机构名录上的号码给{ $platform }打电话。“那个网站不是我们的，”真正的公司说，“有人在冒用我们的名称和牌照号。”她解释说，那次测试提现就是诱饵。

face-on-the-call-small-loss = 你申请提取余额。“暂缓：需缴纳解冻税${ $fee }。”你没有交。{ $man }先是甜言蜜语，然后冷淡，然后消失。那${ $first }回不来了。你剩下的积蓄是安全的。
face-on-the-call-small-loss-report = 打电话给银行，并向ReportCyber和Scamwatch举报
    .feedback = 即使损失不大，举报也有用：警方会通过同一个网站、同一张脸、同一个钱包地址把案件串起来。
face-on-the-call-small-loss-tell-friend = 在读书会上把发生的事告诉{ $friend }
    .feedback = 告诉别人很难，但它打破了这类骗局所依赖的沉默。

## The blocked withdrawal

face-on-the-call-blocked-request = 提现申请：全部余额。状态：暂缓。
face-on-the-call-blocked-tax = 盈利在发放前须缴税。请用外部资金缴纳税款${ $fee }。
face-on-the-call-blocked-deadline = 请在72小时内缴纳，否则账户将因合规原因被冻结。
face-on-the-call-blocked-pay-fee = 交${ $fee }。虽然不少，但比余额少多了。
    .feedback = 真正的税交给税务部门，而不是交给平台来解冻你自己的钱。余额只是骗子控制的屏幕上的数字，每一笔费用后面都会跟着另一笔。
face-on-the-call-blocked-refuse = 拒绝。让他们从余额里扣税。
    .feedback = 对。如果钱真的在那里，任何费用都可以从中扣除。在你能取出自己的钱之前先要新钱，说明里面根本没有钱可取。
face-on-the-call-blocked-ask-man = 问{ $man }该怎么办
    .feedback = 你问的是把你带到那里的那个人。听听他的回答是在保护你，还是在保护那个平台。

face-on-the-call-man-fee-half = 这很正常，亲爱的，这边的税务规定就是这样。我今晚给你转一半，剩下的你来交。
face-on-the-call-man-fee-call = 明天我再打给你，我们庆祝一下。
face-on-the-call-man-fee-pay = 交这笔费用。反正他出一半。
    .feedback = 他的“一半”从来不会真的转出来，而一次通话的承诺让你一直觉得安心。每一笔费用后面都会跟着另一笔。
face-on-the-call-man-fee-refuse = 拒绝。真正的税不是交给交易网站的。
    .feedback = 对。即使有一张你信任的脸在背书，要交钱才能解冻你自己的钱，就说明里面什么也没有。

face-on-the-call-stopped = 你一停止付款，{ $man }先是甜言蜜语，然后冷淡，然后发怒。接着号码打不通了，网站也打不开了。你感到恶心又羞愧。但这是一个有组织的团伙对你做的事，他们对成千上万的人都这样做。
face-on-the-call-stopped-report = 马上打银行的反欺诈热线，并向ReportCyber和Scamwatch举报
    .feedback = 速度很重要：银行也许还能拦下尚未到账的付款。保留每一条聊天、每一张收据和每一个钱包地址。
face-on-the-call-stopped-tell-friend = 在读书会上告诉{ $friend }
    .feedback = 说出来需要勇气。它也打破了骗子所依赖的沉默。

## Afterwards

face-on-the-call-aftermath = 你拉黑了号码，并向交友网站和Scamwatch举报了他。你没有因为他的门路拿出任何钱，可还是很痛。{ $daughter }沉默了一会儿，然后说：“视频那件事是我跟你说的。对不起，妈。”
face-on-the-call-aftermath-tell-friend = 在读书会上把这件事告诉{ $friend }
    .feedback = 分享能保护别人，把它说出来也能帮到你自己。
face-on-the-call-aftermath-write-genuine = 回复{ $genuine }，那个有菜园的人
    .feedback = 被骗之后再给别人一次机会需要勇气。现在你知道该留意什么了。
face-on-the-call-aftermath-rest = 暂时不再约会
    .feedback = 可以理解。休息不是放弃，而且你保住了积蓄。

## The friend

face-on-the-call-club-news = { $friend }笑得合不拢嘴。“我认识了一个人！我们每天晚上都视频。他还在帮我做黄金交易。我上个月投了${ $big }。现在他们说要先交税才能取出来，不过他说这很正常。”
    .discuss = { $friend }已经付了钱。这时候，一个朋友还能做什么？
face-on-the-call-club-photo = 她给你看他的照片。名字不同，故事不同。是同一张脸。
face-on-the-call-club-tell-story = 温和地讲讲你的经历：同一张脸，同一种门路
    .feedback = 两次听到同一套剧本，往往能让人停下来。这张脸被重复使用，因为它是一个工具，而不是一个选中了你们俩的人。
face-on-the-call-club-own-loss = 告诉她你也损失了钱，让她知道她不是傻
    .feedback = 你自己的经历让她敢于承认发生了什么。羞耻感才是让人一直付钱的原因。
face-on-the-call-club-sit-with = 不争论那个男人。劝她别交那笔税，并陪她给银行打电话。
    .feedback = 要交钱才能取出自己的钱，这是最清楚的信号；你不需要在关于他的争论中赢下来，也可以行动。
face-on-the-call-club-keep-quiet = 什么也不说。那是她的生活，她看起来那么开心。
    .feedback = 可以理解：谁也不想让朋友心碎。但沉默正是这类骗局所依赖的。

## The genuine match

face-on-the-call-genuine-chat-hello = 你好。我不太会弄这些网上的东西。是我孙女帮我弄的。
face-on-the-call-genuine-chat-garden = 今年番茄多得吃不完。你要是喜欢，我给你带一箱。
face-on-the-call-genuine-chat-coffee = 周六上午想不想在集市喝杯咖啡？人多热闹，不勉强。
    .discuss = { $genuine }向你提出了什么，又从来没有要求过什么？
face-on-the-call-genuine-chat-ask-video = 按{ $daughter }说的，先要求视频
    .feedback = 合情合理。看看通话能显示什么，又显示不了什么。
face-on-the-call-genuine-chat-meet = 答应在热闹的集市喝咖啡，并告诉{ $daughter }你会在哪里
    .feedback = 人多的公共场所，加上有人知道你在哪里：安全的第一次见面。当面见面，是骗子永远通不过的检验。
face-on-the-call-genuine-chat-too-plain = 算了。就三行字，还有个错别字。
    .feedback = 如果写东西是你的工作，漂亮的消息很容易写，有些骗子就是靠写字谋生的。朴素的消息也证明不了什么。

face-on-the-call-genuine-connects = 通话接通，先是天花板上的吊扇，然后是一只耳朵，然后是半张脸。“等等，等等。”一只狗在叫。画面卡住了。他又出现了，倒着的。
face-on-the-call-genuine-call-sorry = 抱歉，我实在弄不来这个。我直接给你打电话行吗？或者周六在集市见？
face-on-the-call-genuine-call-suspicious = 一个连视频都弄不好的男人……不再回复。
    .feedback = 你学到的测试在这里指错了方向。不擅长视频说明不了一个人是否诚实，擅长视频也一样说明不了。他向你要的东西说明得多得多：在公共场所喝一杯咖啡，别无其他。
face-on-the-call-genuine-call-phone-then-meet = 先打电话聊聊，再去热闹的集市喝咖啡
    .feedback = 很好。他从没把你拉到私人聊天软件，从没催你，也从没提过钱。
face-on-the-call-genuine-call-look-up = 问问他参加的是哪个园艺俱乐部。通过一个也去那里的朋友核实，然后再见面。
    .feedback = 通过你自己认识的人核实，是很可靠的做法。这花了你一周时间，他也不介意。

## Endings

face-on-the-call-end-safe = 你没有因为他的门路拿出任何钱。通话里的那张脸可能是实时换脸，也可能是一个被雇来坐在镜头前的真人，而打字的是别人。打字的人，有时连那张脸本身，往往都在诈骗园区里，其中很多人是被迫的。保护你的不是分辨真假的本事，而是那条原则：不因网上认识的人给的门路拿出钱。
face-on-the-call-end-coffee = 周六，{ $genuine }抱着一箱番茄在集市等你。他比照片上矮一些，说起他的狗来没完没了。没有人提到钱、黄金或秘密。不管接下来怎样，真实的人就是这样：慢慢来，坦坦荡荡，也乐意被你看见。
face-on-the-call-end-alone = 你不再回复。几周后你在集市看见{ $genuine }，他在园艺俱乐部的摊位上分番茄，正和你的邻居聊天。他正是他自己说的那个人。视频测试告诉不了你这一点。而他提出的，在公共场所喝一杯咖啡，本可以告诉你。
face-on-the-call-end-scammed = { $man }、{ $platform }和它的“客服”是同一个由有组织犯罪团伙运作的骗局。你投进去的钱没了。这不是你的错：那张脸、那些通话和那次小额提现，就是为了通过你知道的每一项检查而设计的。给银行打电话，向ReportCyber和Scamwatch举报，保留每一条聊天和每一张收据。通话里的那个人，也可能是被关在诈骗园区里、被迫这么做的人。小心任何收费帮你追回钱的人。
face-on-the-call-end-small = 你确实查过了：视频通话、监管名录、从小额开始。骗子为每一项检查都做好了准备，连一家真实公司的牌照号都用上了。那${ $first }没了，而因为你停了下来，剩下的积蓄是安全的。去举报，并守住这条原则：不因网上认识的人给的门路拿出钱，不管对方看起来多真实。
face-on-the-call-end-friend = { $friend }早在你知道之前就已经付了钱。你做得都对，可她的${ $big }还是来不及了。这也不是她的错。你陪着她给银行打电话，向ReportCyber和Scamwatch举报，她没有再交那笔税。同一张脸被用在了你们俩身上：也许是换脸，也许是诈骗园区里一个别无选择的男人。
face-on-the-call-end-friend-later = 三周后，{ $friend }哭着给你打电话。她交了税，又交了一笔费用，然后又是一笔“解冻费”。加起来一共${ $lost }没了。这不是她的错，也不是你的错：在你知道之前她就已经付了钱。现在你陪她去银行，帮她举报。告诉她也许救不回那笔钱，但也许能省下最后那一笔费用。

## The catalogue's red flags, in this story's setting

face-on-the-call-redflag-move-to-private-app = 转到私人聊天软件
    .explain = 交友网站上一个和善的男人很快提出转到WhatsApp，之后还主动提出视频。诈骗团伙如今靠实时换脸，或者靠被雇来、甚至被逼着坐在镜头前的真人，就能通过视频这一关。
    .advice = 留在你们认识的网站上。视频通话证明的比看上去少。始终成立的原则：不管对方看起来多真实，永远不要根据网上认识的人给的消息去投资或转钱。
face-on-the-call-redflag-crypto-tip-early-profit = 理财门路，接着是快速盈利
    .explain = 经过几周的温情和看似真实的通话，一个关于黄金或加密货币的门路，感觉像是关心而不是推销。一点小盈利，或者一次成功的提现，让平台看起来很真实，好让你投入多得多的钱。
    .advice = 不管你有没有见过对方的脸，都永远不要因为网上认识的人叫你投资就去投资。用你自己找到的联系方式向金融监管机构核实任何平台，并先和你信任的人商量。
face-on-the-call-redflag-polish-not-proof = 真实的牌照号不是证据
    .explain = 精致的交易网站、在监管名录上查得到的牌照号、热情的“客服”：一切都显得很正规。骗子会盗用真正持牌公司的名称和牌照号，建起仿冒网站，所以就连认真核查过的人也会上当。
    .advice = 通过你自己找到的联系方式核实，而不是对方发来的链接或号码：按监管名录上的电话打给那家公司，或者问你的银行。并记住始终成立的原则：不因网上认识的人给的门路拿出钱。
