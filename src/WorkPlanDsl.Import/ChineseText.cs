using System.Collections.Generic;
using System.Text;

namespace WorkPlanDsl.Import;

/// <summary>
/// Helpers for Chinese document text. <see cref="Fold"/> maps traditional characters to simplified ones one for one,
/// so that a pattern written once matches both, and an index into the folded text is an index into the original:
/// names and words are always taken from the original, as printed.
/// </summary>
public static class ChineseText
{
    private const string Traditional = ""
        + "關於們網幫圖隱聲辦單備責編輯轉載請註牽頭負處職參與導會協發佈來資訊區縣衛計劃員廳屬機構醫療務實現達標準內個萬億題點並為應當將對進從數據號級項類規則門間長設這過還"
        + "報歲齡爲鎮鄉農業專體產廣東陽國華書記後時週歷經濟環質層養護藥術條錄總結義團傳統較顯問確權決聯繫係組織領黨幹紀檢監審財稅勞動險預癥婦兒傷殘創莊鐵銀錢測驗證認談論許"
        + "訪詢議讀課試詳調諧變讓賣買貧費貴貿賴贊購贈運遠連適選遺邊鄰釋鐘閱閉開閒陸際隊階雙雜雞離難電靈韓頁順須顧風飛飲飯館馬髮鬥魚鳥麥黃齊齒龍龜壹貳叄肆伍柒捌玖拾範愛營強"
        + "穩堅鞏擴優嚴厲補築觀獎勵懲罰擔攤擁擊舉積極樣檔歡殺氣漢滅濕災無煙熱爭狀獨獲畫癒盡盤眾礎禮禍稱競筆節簡糧紅約紙細終絕給絲綜綠維緊線練縮繼續罷習聞聽脫腦興舊藝莖蘇藍"
        + "蟲衝製複見視覽覺親訂討訓講評詞誌語誤說誰諸謀謂識譯貫貨販賽趕趨跡踐車軍軟輕輸遲醜採針鋼錯鍵鏈閃闖隨霧靜頻顆額飽餘駐驅鬧啓啟嚮喚場塊壓壞壯夢奪奮媽學寧寫寶尋屆嶺帥"
        + "師帶幣廠廢張彈徑復徵懷態慣憂憲懸戰戲戶拋挾捨掃掛揚換損搖搶撥擇擬攔敗敵斷晉暫曉棄楊槍樓歐歸殼毀氫況洶淨淺渦溝滬滿漲潔潛澤濃濱灣爐牆犧獻瑪畝異癢皺盜盧碼磚礦祕禦種"
        + "穀窮竊筍籌籤糾紛納純紮絞綱緒緩績繩羅聖膽臉臨艦艱芻茲葉著蓋蔣薦虛蝦裝褲襲覈訴診詐該詩誇誠誕諾謝謹譜豐豬貓貝貢貪貼賀賓賠賬賺贏趙軌輔輛輪辭邏郵鄭醬釣鈔鈴鉛銅銷鋒鋪"
        + "鍋鍛鎖鏡鑑閘閣闆闊隸隻雖雲響頂頒頓頗頸顏願飄飼飾饑驚驟髒鬆鹽麼齋傑傢債傾僅價儀儲兇兩冊凍凱劇劉勁勢勝勳勸卻厭唄啞喪嗎嘆囑圍園圓塗塵墊墜墮墳壇壘壩夠夾奧婁孫寢寬壽"
        + "屍岡島峽崗幾庫廬彎徹恆惡惱慘慚慮慶懇懶戀摟撈撐撫擋擠擺擾攜敘斂斬晝暈曆棟棲楓榮槓樞樸橋櫃欄歎氈沒溫滾漁漸潤澀濾瀉瀏灑灘燈燒燭燦爺犢狹猶獄獅瑣瓊甕畢瘋瘡盞睏矯碩礙"
        + "禱禪穌窩竄箋簽籃糞紋絡絨綁綫緻縫縱繪繳罈罵翹聳肅脅脈腎腫膚膠艙蘭虜蛻蝕螞衆襯覓觸詠誘諜謊謠譽讚豎豈貞賊賜賢賦賤贓躍輩轄轟遞遜遷鄒釀鈍鈣鉤銜錦鍊鑄閩闕陣陳陰雋雛韋"
        + "韌頃頑頌頰顛顫飢餃餅饒駕騎騙騰驕骯鬍魯鮮鳳鴨鵝鶴麗黴齣乾亂佔俠倉倫偉側偵傘剛剝剷劑勻匯厠厰嗇囪塢墾壺奬妝娛嬰嶽巒廂廟彙徠憤戔捫揀擯攏攪斃曄朧枱梘梟棧楨榦樁檯殯氾"
        + "涇淚渙湯滄滯漬濁瀕瀝灤爛犖猻獷瑋甌痙瘧癆皚盃睜矇矽碭磯祿禎稟稭窪竅篤簾籬紉紓紺紼絀絎絰綈綞綬綹綺緇緋緙緞緡縉縛縝縞縟縭縵縷繃繅繆繈繚繞繡繭纈纊纏纖纘纜執"
        + "臺颱"

        // 贰, 叁: the simplified forms of the legal numerals (壹、贰、叁 number a plan's parts as 一、二、三 do).
        + "贰叁";

    private const string Simplified = ""
        + "关于们网帮图隐声办单备责编辑转载请注牵头负处职参与导会协发布来资讯区县卫计划员厅属机构医疗务实现达标准内个万亿题点并为应当将对进从数据号级项类规则门间长设这过还"
        + "报岁龄为镇乡农业专体产广东阳国华书记后时周历经济环质层养护药术条录总结义团传统较显问确权决联系系组织领党干纪检监审财税劳动险预症妇儿伤残创庄铁银钱测验证认谈论许"
        + "访询议读课试详调谐变让卖买贫费贵贸赖赞购赠运远连适选遗边邻释钟阅闭开闲陆际队阶双杂鸡离难电灵韩页顺须顾风飞饮饭馆马发斗鱼鸟麦黄齐齿龙龟一二三四五七八九十范爱营强"
        + "稳坚巩扩优严厉补筑观奖励惩罚担摊拥击举积极样档欢杀气汉灭湿灾无烟热争状独获画愈尽盘众础礼祸称竞笔节简粮红约纸细终绝给丝综绿维紧线练缩继续罢习闻听脱脑兴旧艺茎苏蓝"
        + "虫冲制复见视览觉亲订讨训讲评词志语误说谁诸谋谓识译贯货贩赛赶趋迹践车军软轻输迟丑采针钢错键链闪闯随雾静频颗额饱余驻驱闹启启向唤场块压坏壮梦夺奋妈学宁写宝寻届岭帅"
        + "师带币厂废张弹径复征怀态惯忧宪悬战戏户抛挟舍扫挂扬换损摇抢拨择拟拦败敌断晋暂晓弃杨枪楼欧归壳毁氢况汹净浅涡沟沪满涨洁潜泽浓滨湾炉墙牺献玛亩异痒皱盗卢码砖矿秘御种"
        + "谷穷窃笋筹签纠纷纳纯扎绞纲绪缓绩绳罗圣胆脸临舰艰刍兹叶着盖蒋荐虚虾装裤袭核诉诊诈该诗夸诚诞诺谢谨谱丰猪猫贝贡贪贴贺宾赔账赚赢赵轨辅辆轮辞逻邮郑酱钓钞铃铅铜销锋铺"
        + "锅锻锁镜鉴闸阁板阔隶只虽云响顶颁顿颇颈颜愿飘饲饰饥惊骤脏松盐么斋杰家债倾仅价仪储凶两册冻凯剧刘劲势胜勋劝却厌呗哑丧吗叹嘱围园圆涂尘垫坠堕坟坛垒坝够夹奥娄孙寝宽寿"
        + "尸冈岛峡岗几库庐弯彻恒恶恼惨惭虑庆恳懒恋搂捞撑抚挡挤摆扰携叙敛斩昼晕历栋栖枫荣杠枢朴桥柜栏叹毡没温滚渔渐润涩滤泻浏洒滩灯烧烛灿爷犊狭犹狱狮琐琼瓮毕疯疮盏困矫硕碍"
        + "祷禅稣窝窜笺签篮粪纹络绒绑线致缝纵绘缴坛骂翘耸肃胁脉肾肿肤胶舱兰虏蜕蚀蚂众衬觅触咏诱谍谎谣誉赞竖岂贞贼赐贤赋贱赃跃辈辖轰递逊迁邹酿钝钙钩衔锦炼铸闽阙阵陈阴隽雏韦"
        + "韧顷顽颂颊颠颤饥饺饼饶驾骑骗腾骄肮胡鲁鲜凤鸭鹅鹤丽霉出干乱占侠仓伦伟侧侦伞刚剥铲剂匀汇厕厂啬囱坞垦壶奖妆娱婴岳峦厢庙汇徕愤戋扪拣摈拢搅毙晔胧台枧枭栈桢干桩台殡泛"
        + "泾泪涣汤沧滞渍浊濒沥滦烂荦狲犷玮瓯痉疟痨皑杯睁蒙硅砀矶禄祯禀秸洼窍笃帘篱纫纾绀绋绌绗绖绨缍绶绺绮缁绯缂缎缗缙缚缜缟缛缡缦缕绷缫缪襁缭绕绣茧缬纩缠纤缵缆执"
        + "台台"
        + "二三";

    private static readonly Dictionary<char, char> ToSimplified = CreateMap();

    private const string Digits = "〇一二三四五六七八九";

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // 〖市商务局牵头〗, 〘…〙: white lenticular and tortoise-shell brackets some offices set their clauses in.
            // （ｉｉ）, Ａ．: full-width Latin letters read as the ASCII ones a list numbers with.
            builder.Append(c is '〖' or '〘' ? '（' : c is '〗' or '〙' ? '）' : ToSimplified.TryGetValue(c, out var simple) ? simple
                : c is >= 'ａ' and <= 'ｚ' or >= 'Ａ' and <= 'Ｚ' ? (char)(c - 'ａ' + 'a') : AsciiDigit(c));
        }

        // 各县<市、区>人民政府, 各县＜市、区＞, 各县〈市、区〉: angle brackets a copy put for the round ones around a name's levels
        // are its parentheses.
        for (var i = 0; i < builder.Length; i++)
        {
            if (builder[i] is '<' or '‹' or '＜' or '〈' && AngleClose(builder, i) is var close and > 0)
            {
                builder[i] = '(';
                builder[close] = ')';
                i = close;
            }
        }

        // 规划计划司【牵头】、水文司: a mark in square brackets glued to a name is the mark （牵头） is (not 【牵头】X, a tag
        // before the names).
        for (var i = 1; i < builder.Length - 3; i++)
        {
            if (builder[i] == '【' && IsHan(builder[i - 1]) && SquareMarkClose(builder, i) is var close and > 0
                && (close + 1 == builder.Length || "、，,；;）) 　。".IndexOf(builder[close + 1]) >= 0))
            {
                builder[i] = '（';
                builder[close] = '）';
                i = close;
            }
        }

        // 穩定脫貧人口就業.縣人社局負責 (or ．, as OCR prints it): a Latin full stop between words (not in 2.1萬, nor a number's 一.) ends a sentence,
        // as 。 does; read as a name's part, it glued the title to the body after it.
        for (var i = 1; i < builder.Length; i++)
        {
            if (builder[i] is '.' or '．' && ((IsHan(builder[i - 1]) && !IsNumeral(builder[i - 1])) || builder[i - 1] is '%' or '”' or '"' or '）' or ')')
                && (i + 1 == builder.Length || IsHan(builder[i + 1]) || builder[i + 1] is '“' or '"' or '（' or '(' or '《' or ' ' or '　'))
            {
                builder[i] = '。';
            }
        }

        return builder.ToString();
    }

    private static readonly string[] SquareMarks = { "牵头", "主办", "主责", "牵", "主", "配合", "协办", "配", "协" };

    // The 】 closing a mark of who leads or helps straight after a 【, or -1.
    private static int SquareMarkClose(StringBuilder text, int open)
    {
        foreach (var mark in SquareMarks)
        {
            var close = open + 1 + mark.Length;
            if (close < text.Length && text[close] == '】' && text.ToString(open + 1, mark.Length) == mark)
            {
                return close;
            }
        }

        return -1;
    }

    // The > closing a < within eight characters that are only Han characters and list commas, or -1.
    private static int AngleClose(StringBuilder text, int open)
    {
        for (var i = open + 1; i < text.Length && i <= open + 9; i++)
        {
            var c = text[i];
            if (c is '>' or '›' or '＞' or '〉')
            {
                return i > open + 1 ? i : -1;
            }

            if (!(c is '、' or '，' or ',' || (c >= '\u4E00' && c <= '\u9FFF')))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Every decimal digit (full-width ２０２４, Arabic-Indic, Devanagari …) as its ASCII digit, anything else as it is:
    /// .NET's <c>\d</c> matches them all, but only ASCII digits parse with the invariant culture, so the folded text
    /// that patterns run on holds ASCII digits only.
    /// </summary>
    public static char AsciiDigit(char c)
        => c > '\u007F' && char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.DecimalDigitNumber
            ? (char)('0' + (int)char.GetNumericValue(c))
            : c;

    /// <summary>The text with every decimal digit as ASCII (for a value written into the plan, such as a due date).</summary>
    public static string AsciiDigits(string text) => Language.Text.DecimalDigits.ToAscii(text);

    /// <summary>True for 一…九, 十, 百 and 〇, 零 and 两.</summary>
    public static bool IsNumeral(char c) => Digits.IndexOf(c) >= 0 || c is '十' or '百' or '零' or '两';

    /// <summary>The sentence of <paramref name="folded"/> that holds <paramref name="at"/>: from after the stop before it to its own stop.</summary>
    public static string SentenceAt(string folded, int at)
    {
        var start = at == 0 ? 0 : folded.LastIndexOfAny(SentenceStops, at - 1) + 1;
        var end = folded.IndexOfAny(SentenceStops, at);
        return folded.Substring(start, (end < 0 ? folded.Length : end) - start);
    }

    private static readonly char[] SentenceStops = { '。', '；', ';' };

    /// <summary>How many times <paramref name="word"/> stands in <paramref name="text"/>, counted up to <paramref name="atMost"/>.</summary>
    public static int Occurrences(string text, string word, int atMost = int.MaxValue)
    {
        var count = 0;
        for (var at = text.IndexOf(word, System.StringComparison.Ordinal); at >= 0 && count < atMost; at = text.IndexOf(word, at + word.Length, System.StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>The value of a Chinese numeral up to 999 (一, 十一, 二十, 三十七, 一百零五), or null.</summary>
    public static int? ParseNumeral(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var total = 0;
        var current = 0;
        foreach (var c in text)
        {
            var digit = Digits.IndexOf(c);
            if (digit < 0 && c == '两')
            {
                digit = 2;
            }

            if (digit >= 0)
            {
                current = digit;
            }
            else if (c == '十')
            {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            }
            else if (c == '百')
            {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
            else if (c != '零')
            {
                return null;
            }
        }

        return total + current;
    }

    /// <summary>The Chinese numeral for 1…999, as documents print it (十一, 二十, 一百零五).</summary>
    public static string Numeral(int value)
    {
        if (value <= 0 || value > 999)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var builder = new StringBuilder();
        var hundreds = value / 100;
        var tens = value / 10 % 10;
        var ones = value % 10;
        if (hundreds > 0)
        {
            builder.Append(Digits[hundreds]).Append('百');
            if (tens == 0 && ones > 0)
            {
                builder.Append('零');
            }
        }

        if (tens > 0)
        {
            if (tens > 1 || hundreds > 0)
            {
                builder.Append(Digits[tens]);
            }

            builder.Append('十');
        }

        if (ones > 0)
        {
            builder.Append(Digits[ones]);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The indices from <paramref name="from"/> up to <paramref name="end"/> of the characters outside parentheses (a
    /// clause's words are inside them); the brackets that open and close them are not given, a stray closing one is.
    /// </summary>
    public static IEnumerable<int> OutsideParentheses(string text, int from, int end)
    {
        var depth = 0;
        for (var i = from; i < end; i++)
        {
            if (IsOpenParen(text[i]))
            {
                depth++;
            }
            else if (IsCloseParen(text[i]) && depth > 0)
            {
                depth--;
            }
            else if (depth == 0)
            {
                yield return i;
            }
        }
    }

    public static bool IsOpenParen(char c) => c is '(' or '（' or '〔';

    public static bool IsCloseParen(char c) => c is ')' or '）' or '〕';

    /// <summary>Box-drawing characters: what a misdecoded full-width parenthesis often turns into.</summary>
    public static bool IsBoxDrawing(char c) => c >= '\u2500' && c <= '\u257F';

    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    private static Dictionary<char, char> CreateMap()
    {
        var map = new Dictionary<char, char>(Traditional.Length);
        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i]] = Simplified[i];
        }

        // What a scan's character recognition reads for a label's characters: Japanese 単 for 单, the rare 仼 for 任.
        map['単'] = '单';
        map['仼'] = '任';
        return map;
    }
}
