# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## 所有人

resource-embassy = 本国大使馆或领事馆
    .description = 出发前，本国大使馆可以帮你核实工作和雇主是否真实；它也会帮助被困在国外的本国公民。出发前在本国外交部网站上查到它的电话，并存进手机里。

resource-iom = 国际移民组织（IOM，联合国移民机构）：你所在国家的办事处
    .description = 国际移民组织帮助人口贩卖的受害者：提供安全的住处、医疗、心理辅导，并帮助安全回家。请联系你本国或你所在国家的国际移民组织办事处。

## 菲律宾

resource-ph-iacat-1343 = 1343求助热线（IACAT）
    .description = 菲律宾机构间反人口贩卖理事会的24小时热线。举报可疑的招聘者，或者你和家人需要帮助时，都可以拨打；它也为在海外的菲律宾人提供免费号码。

resource-ph-dmw-verify = 菲律宾移民工人部（DMW）
    .description = 在付任何钱或出发之前，先在DMW网站上查一查招聘中介有没有执照。只有持牌中介才能派工人出国。

## 泰国

resource-th-1300 = 1300热线（社会援助中心）
    .description = 泰国社会发展与人类安全部的热线，在泰国的任何人都可以拨打。可以用来举报人口贩卖或寻求帮助。

resource-th-1300-abroad = 从海外拨打1300热线
    .description = 为身在泰国境外的泰国人提供同样的帮助。如果你或你认识的人在国外被困或被拐卖，可以免费拨打或发短信，24小时服务。

## 柬埔寨

resource-kh-police-117 = 柬埔寨警方热线
    .description = 柬埔寨全国警方热线。请注意：幸存者说，有些当地警察把求救信息转给了园区老板。如果可以，先联系你的大使馆或可靠的救助组织，并一定要说出你的准确位置。

## 印度

resource-in-cyber-1930 = 1930网络诈骗求助热线
    .description = 如果你在网络诈骗中损失了钱，马上拨打1930：越早举报，越有可能拦下这笔钱。你会收到一个链接，在国家网站上完成举报。

resource-in-cybercrime-portal = 印度国家网络犯罪举报平台
    .description = 在印度任何地方都可以举报网络诈骗和其他网络犯罪。如果你打过1930，请在24小时内在这里完成举报。

## 印度尼西亚

resource-id-safe-travel = Safe Travel应用（印尼外交部）
    .description = 印度尼西亚外交部为海外公民推出的免费应用。紧急情况下，按下求救按钮，它会把你的位置发送给最近的印尼大使馆或领事馆。出发前先装好。

## 马来西亚

resource-my-nsrc-997 = 国家诈骗应对中心（NSRC）
    .description = 如果你把钱转给了骗子，立刻拨打997：该中心和银行合作，迅速冻结这笔钱。24小时接听。

## 越南

resource-vn-111 = 全国热线111
    .description = 越南免费的24小时热线，用于举报人口贩卖，并为受害者提供支持。它也是全国儿童保护热线。

## 美国

resource-us-trafficking-hotline = 全国人口贩卖热线
    .description = 为受害者、幸存者以及担心他人安危的任何人提供的24小时保密热线。提供英语和西班牙语服务，另有200多种其他语言的口译。它不是警察。

resource-us-trafficking-text = 全国人口贩卖热线（短信）
    .description = 如果你不能安全地打电话，就给这个号码发短信。内容保密。

resource-us-ic3 = 美国联邦调查局互联网犯罪投诉中心（IC3）
    .description = 向联邦调查局举报网络投资诈骗和加密货币诈骗，并提供每一笔付款的详细信息。联邦调查局调查不收费；任何要你付费才帮你追回钱的人都是骗子。

## Added for every player (2026-12-05)

resource-support-after = 经历艰难之后的支持
    .description = 你经历过的，或刚在游戏中经历的，可能会一直留在心里。和你信任的人谈一谈。人口贩卖的幸存者可以向国际移民组织或医护人员寻求心理辅导。

resource-bank-first = 首先联系你的银行或支付平台
    .description = 如果你已经转了钱，立即给银行或支付平台打电话：他们越早知道，越有机会拦截付款。保存每一条消息、每个账号和每张收据。

resource-no-recovery-fee = 永远不要为追回钱款付费
    .description = 被骗之后，声称收费就能帮你追回钱的人，即使自称与警方或监管机构合作，也是在进行第二次诈骗。真正的警察和监管机构不会向你收费。

resource-ph-1343-global = 从国外拨打 1343 行动热线
    .description = 1343 行动热线为海外菲律宾人提供免费国际号码，列在其网站上，供被困或被贩卖的人及其家人使用。

resource-ph-cicc-1326 = 1326 反诈热线（CICC）
    .description = 菲律宾政府的 24 小时网络诈骗举报热线，由网络犯罪调查与协调中心运营。请尽快拨打：他们与银行和电子钱包合作标记涉案账户。

resource-th-aoc-1441 = 泰国反网络诈骗行动中心 1441
    .description = 泰国面向网络诈骗受害者的 24 小时热线。它会要求银行冻结收款账户，并告诉你如何向警方报案。

resource-au-scamwatch = Scamwatch（澳大利亚国家反诈中心）
    .description = 举报诈骗，包括虚假招聘和投资诈骗，并了解下一步该怎么做。每一次举报都有助于提醒他人、阻止骗子。

resource-au-idcare = IDCARE
    .description = 免费的非营利支持服务，帮助在诈骗中被盗取个人信息或身份的人制定计划，减少损害。

resource-cn-12308 = 12308 领事保护热线
    .description = 外交部面向海外中国公民的 24 小时求助热线。它从不主动给任何人打电话，也从不要钱：来电显示 12308 的是诈骗，请挂断后自己拨打核实。如果被骗，请先向所在地警方报案；如果款项是从国内银行转出的，也可以向国内户籍所在地公安机关报案。

resource-et-embassy-where = 埃塞俄比亚在该地区的使馆
    .description = 被困缅甸的埃塞俄比亚人曾在泰国协助下，经由埃塞俄比亚驻新德里（印度）和驻东京（日本）的使馆回国。出行前，请向外交部询问哪个使馆负责你要去的国家。

resource-ke-nea-register = 肯尼亚国家就业局登记册
    .description = 只有肯尼亚国家就业局许可的中介才能招聘出国工作。neaims.go.ke 上的登记册显示哪些许可有效。任何人付钱或出发之前都要核实，并举报撒谎的中介。

resource-ke-dci-report = 向警方（DCI）举报网络诈骗
    .description = 肯尼亚刑事调查局在全国各地的办公室受理网络诈骗报案。请到那里或警察局报案，并带上所有消息和付款记录。

resource-la-lwu-1362 = 1362 热线（老挝妇女联合会）
    .description = 老挝妇女联合会的咨询与保护热线，为人口贩卖和暴力的幸存者提供支持。

resource-np-embassies = 尼泊尔驻曼谷和仰光使馆
    .description = 尼泊尔驻泰国和驻缅甸使馆已从诈骗园区救出数百名尼泊尔人。尼泊尔政府提醒：只在取得劳务许可后出国工作，绝不要持旅游签证去柬埔寨、老挝、缅甸或泰国打工。

resource-np-cyber-bureau = 尼泊尔警察网络局
    .description = 通过电子邮件举报网络诈骗，附上身份证件复印件和所有消息、付款记录，也可以到任何警察局报案。

resource-ng-naptip-627 = NAPTIP 627
    .description = 尼日利亚反人口贩卖机构的免费热线。举报人口贩卖，或你或你认识的人需要帮助时，请拨打。

resource-ng-police-cyber = 尼日利亚警方网络犯罪举报平台
    .description = 在线向警方网络犯罪部门举报网络诈骗和情感诈骗，在尼日利亚或国外都可以。

resource-lk-slbfe-1989 = SLBFE 1989
    .description = 斯里兰卡海外就业局的热线，全天候开放。在付钱或交出护照之前核实中介是否持牌，并举报收费超过核定标准的中介。

resource-lk-police-ccid = 斯里兰卡警方计算机犯罪调查处
    .description = 到最近的警察局举报网络诈骗，或向警方计算机犯罪调查处举报，该处在康提和马特勒也设有分支。

resource-ug-high-commission-kl = 乌干达驻吉隆坡高级专员公署
    .description = 乌干达驻泰国大使常驻马来西亚吉隆坡的乌干达高级专员公署，该公署曾协助乌干达人从缅甸回国。请联系它，并请国内家人联系外交部。

resource-ug-police-cyber = 乌干达警方网络犯罪部门
    .description = 向位于基布利刑事调查总部的网络犯罪部门举报网络诈骗，或到任何警察局报案。
