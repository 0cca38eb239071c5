/**
 * Traditional → simplified folding for the characters of government documents, one character
 * for one (same length, so positions found on the folded text hold in the original).
 */

// Pairs by position: TRADITIONAL[i] folds to SIMPLIFIED[i]. Data, not logic: extend freely.
const TRADITIONAL =
  '遊減務區國嚴實審導業殘會為爲發稅穩紅級組統線縣繼續聯規計許護財資辦農醫門關項領額糧於廳衛設經濟環廣電視體員鎮頭書處習網絡數據產權營貿開劃鄉價場傳僑協職責負牽與勞動積術運輸監質藥療險證機軍婦團備災風應態調報講訊訪問題節約優時間遠東華標準歸檔條專織參議轉變壓屬試驗罰億萬對將從過還進這個們說當點樣長齊龍廠車軌鐵橋礦銀錢鋼飛氣陽陰園圖館際黨紀檢覽勢藝閱讀語識記錄養學義測繪維貧窮興僅擴張強彈熱貨郵漁獸鹽溫濕潔淨廢棄壞畫藍綠黃補貼獎懲訴訟獄鄰邊邏輯戶僱傭師範圍鬥爭豐濱灣島嶺陝寧夠號辭貫徹閣獻總製隊幣礎綫雜莊壩隄舊歷遷幹戰韓儲築構勵幫臺轄麗縱確稱頒佈階層預購銷貸靈週錯誤執紮勝訂讓選舉憲觀鐘衝擊種懷綜頁徵費賦傷殯廁汙濁澤漢蘇雲貴慶橫鄭瀋遼廈紹蕪贛瓊甯隴沖涼滬閩粵劉楊趙陳鄧吳孫馬羅蕭顧賈鄒嶽閻龔餘傑鳳鵬飯賓飲單聞遺滿鑒歲難聖噸畝碼樂壽鳥魚閉閒闊闢陸雙離雞順須頻顏類駐髮鬧魯鮮麥齡龜鑰鋪鎖鏈鍵鑄閘闡隸雖霧靜響頓頗頸顯飽駕騙騰驅驚髒鴨鵝麼黴齒樹歡殺無煙燈爺牆獨獲現疊盡盤盧眾禮禦簡籌納紙純細終結給絲緊編緩練績罷聲聽肅脅腦臨艱葉蟲裝複親覺訓診評詞詳認誠請談論貝販買賠賣贊趕跡軟載輕輔連達違適邁釋針鉤銅鍋閑陣隨隱頂願鬆擔換揚搖攜擬攬敗敵斷晉暢暫曆來極榮槍櫃毀決況湯溝滅滯滲漲潤濃瀉灑烏爐犧狀猶瑪畢異癒皺盜硃磚礙禍禪穀穫窩竊競筆筍箋篩簽籃糾紋紛紡絕綁綱綿緒締緣縮繩繫纏罵羨腫膠膽臉臟艦艙蘭虛蝕衆裡褲襲託詐該詩誕誘課誰謀謊謝謹譯貓賜賞賢賬賴贈贏趨軸較輛輝輪辯醜釀鈔鈴鉛銳鋁錦鍛鎊鏡閃闆靂韌頌顆颱颳飄飢飼餅餵饋駛騎鬍鮑鴻見並啟創兒復彙匯';
const SIMPLIFIED =
  '游减务区国严实审导业残会为为发税稳红级组统线县继续联规计许护财资办农医门关项领额粮于厅卫设经济环广电视体员镇头书处习网络数据产权营贸开划乡价场传侨协职责负牵与劳动积术运输监质药疗险证机军妇团备灾风应态调报讲讯访问题节约优时间远东华标准归档条专织参议转变压属试验罚亿万对将从过还进这个们说当点样长齐龙厂车轨铁桥矿银钱钢飞气阳阴园图馆际党纪检览势艺阅读语识记录养学义测绘维贫穷兴仅扩张强弹热货邮渔兽盐温湿洁净废弃坏画蓝绿黄补贴奖惩诉讼狱邻边逻辑户雇佣师范围斗争丰滨湾岛岭陕宁够号辞贯彻阁献总制队币础线杂庄坝堤旧历迁干战韩储筑构励帮台辖丽纵确称颁布阶层预购销贷灵周错误执扎胜订让选举宪观钟冲击种怀综页征费赋伤殡厕污浊泽汉苏云贵庆横郑沈辽厦绍芜赣琼宁陇冲凉沪闽粤刘杨赵陈邓吴孙马罗萧顾贾邹岳阎龚余杰凤鹏饭宾饮单闻遗满鉴岁难圣吨亩码乐寿鸟鱼闭闲阔辟陆双离鸡顺须频颜类驻发闹鲁鲜麦龄龟钥铺锁链键铸闸阐隶虽雾静响顿颇颈显饱驾骗腾驱惊脏鸭鹅么霉齿树欢杀无烟灯爷墙独获现叠尽盘卢众礼御简筹纳纸纯细终结给丝紧编缓练绩罢声听肃胁脑临艰叶虫装复亲觉训诊评词详认诚请谈论贝贩买赔卖赞赶迹软载轻辅连达违适迈释针钩铜锅闲阵随隐顶愿松担换扬摇携拟揽败敌断晋畅暂历来极荣枪柜毁决况汤沟灭滞渗涨润浓泻洒乌炉牺状犹玛毕异愈皱盗朱砖碍祸禅谷获窝窃竞笔笋笺筛签篮纠纹纷纺绝绑纲绵绪缔缘缩绳系缠骂羡肿胶胆脸脏舰舱兰虚蚀众里裤袭托诈该诗诞诱课谁谋谎谢谨译猫赐赏贤账赖赠赢趋轴较辆辉轮辩丑酿钞铃铅锐铝锦锻镑镜闪板雳韧颂颗台刮飘饥饲饼喂馈驶骑胡鲍鸿见并启创儿复汇汇';

// One slot per UTF-16 code unit: 0 where nothing folds. A table beats a Map here (the fold runs
// over every note and unit name).
const FOLD = new Uint16Array(0x10000);
for (let i = 0; i < TRADITIONAL.length; i++) FOLD[TRADITIONAL.charCodeAt(i)] = SIMPLIFIED.charCodeAt(i);

/** The simplified form of one character's code (the code itself when nothing folds). */
export function foldCode(code: number): number {
  return FOLD[code] || code;
}

/**
 * Folds traditional characters to simplified: `責任單位：州住建局` → `责任单位：州住建局`.
 * Returns the same string object when there is nothing to fold (the common case).
 */
export function foldTraditional(text: string): string {
  let i = 0;
  const length = text.length;
  while (i < length && FOLD[text.charCodeAt(i)] === 0) i++;
  if (i === length) return text;
  const codes = new Uint16Array(length);
  for (let j = 0; j < length; j++) {
    const code = text.charCodeAt(j);
    codes[j] = FOLD[code] || code;
  }
  let out = '';
  for (let j = 0; j < length; j += 8192) out += String.fromCharCode(...codes.subarray(j, j + 8192));
  return out;
}
