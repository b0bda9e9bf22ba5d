# Machine-drafted translation: needs review by a native speaker.
# Help resources: a name and a description (what they do, when to contact them).
# Ids follow scenarios/resources.toml: resource-<id>.

## 所有人

resource-embassy = 本国大使馆或领事馆
    .description = 出发前，本国大使馆可以帮你核实工作和雇主是否真实；它也会帮助被困在国外的本国公民。出发前在本国外交部网站上查到它的电话，并存进手机里。

resource-iom = 国际移民组织（IOM），联合国移民机构
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
