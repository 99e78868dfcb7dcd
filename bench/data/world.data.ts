/**
 * Word lists for bilingual partner names: cities with their usual Traditional Chinese (Taiwan) names,
 * per country, and how often a Taiwanese university's partners come from each country. The first 31
 * countries are the "one university" mix (scale S); the rest form the long tail of the larger scales.
 */
export type Place = readonly [en: string, zh: string];
/** A US city with its state: US names are built from either. */
export type UsPlace = readonly [en: string, zh: string, stateEn: string, stateZh: string];
export type Style = 'japan' | 'korea' | 'us' | 'chinese' | 'general';
export type CountryProfile = { code: string; weight: number; style: Style; tld: string; cities: readonly Place[] };

const places = (spec: string): Place[] =>
  spec.split(',').map((pair) => {
    const [en, zh] = pair.split('=') as [string, string];
    return [en.trim(), zh.trim()] as const;
  });

// Core: the 31 countries of one university's partner map, with relative weights (Japan, Korea, the US and Europe heavy).
// biome-ignore format: one country per line reads best
const CORE: [code: string, weight: number, style: Style, tld: string, cities: string][] = [
  ['JP', 22, 'japan', 'ac.jp', 'Tokyo=東京,Kyoto=京都,Osaka=大阪,Nagoya=名古屋,Sapporo=札幌,Sendai=仙台,Fukuoka=福岡,Hiroshima=廣島,Kobe=神戶,Yokohama=橫濱,Chiba=千葉,Niigata=新潟,Kanazawa=金澤,Okayama=岡山,Kumamoto=熊本,Nagasaki=長崎,Kagoshima=鹿兒島,Shizuoka=靜岡,Nara=奈良,Okinawa=沖繩,Tsukuba=筑波,Hokkaido=北海道,Tohoku=東北,Kyushu=九州,Shinshu=信州,Ehime=愛媛,Kochi=高知,Tokushima=德島,Yamaguchi=山口,Gifu=岐阜,Mie=三重,Saga=佐賀,Oita=大分,Miyazaki=宮崎,Akita=秋田,Iwate=岩手,Yamagata=山形,Fukui=福井,Toyama=富山,Shimane=島根,Tottori=鳥取,Wakayama=和歌山,Hirosaki=弘前,Muroran=室蘭,Nagaoka=長岡,Toyohashi=豐橋,Utsunomiya=宇都宮,Gunma=群馬,Saitama=埼玉,Ibaraki=茨城'],
  ['KR', 9, 'korea', 'ac.kr', 'Seoul=首爾,Busan=釜山,Daegu=大邱,Incheon=仁川,Gwangju=光州,Daejeon=大田,Ulsan=蔚山,Suwon=水原,Jeonju=全州,Cheongju=清州,Chuncheon=春川,Changwon=昌原,Pohang=浦項,Jeju=濟州,Gangneung=江陵,Andong=安東,Mokpo=木浦,Gyeongsang=慶尚,Chungnam=忠南,Chungbuk=忠北,Jeonbuk=全北,Jeonnam=全南,Kangwon=江原,Kongju=公州,Kunsan=群山'],
  ['US', 10, 'us', 'edu', ''],
  ['CN', 6, 'chinese', 'edu.cn', "Beijing=北京,Shanghai=上海,Nanjing=南京,Hangzhou=杭州,Wuhan=武漢,Xiamen=廈門,Fuzhou=福州,Guangzhou=廣州,Shenzhen=深圳,Chengdu=成都,Chongqing=重慶,Xi'an=西安,Tianjin=天津,Dalian=大連,Harbin=哈爾濱,Jinan=濟南,Qingdao=青島,Suzhou=蘇州,Changsha=長沙,Kunming=昆明,Hefei=合肥,Nanchang=南昌,Zhengzhou=鄭州,Shenyang=瀋陽"],
  ['DE', 5, 'general', 'de', 'Berlin=柏林,Munich=慕尼黑,Hamburg=漢堡,Cologne=科隆,Frankfurt=法蘭克福,Stuttgart=斯圖加特,Heidelberg=海德堡,Dresden=德勒斯登,Leipzig=萊比錫,Aachen=亞琛,Bremen=不來梅,Hanover=漢諾威,Freiburg=弗萊堡,Mannheim=曼海姆,Münster=明斯特,Göttingen=哥廷根,Karlsruhe=卡爾斯魯厄,Bonn=波昂,Jena=耶拿,Tübingen=杜賓根,Kassel=卡塞爾,Kiel=基爾,Augsburg=奧格斯堡,Regensburg=雷根斯堡,Würzburg=烏茲堡'],
  ['FR', 5, 'general', 'fr', 'Paris=巴黎,Lyon=里昂,Marseille=馬賽,Toulouse=土魯斯,Bordeaux=波爾多,Lille=里爾,Nantes=南特,Strasbourg=史特拉斯堡,Grenoble=格勒諾布爾,Montpellier=蒙彼利埃,Rennes=雷恩,Nice=尼斯,Dijon=第戎,Rouen=盧昂,Tours=圖爾,Poitiers=普瓦捷,Angers=昂熱,Reims=漢斯'],
  ['GB', 4, 'general', 'ac.uk', 'London=倫敦,Manchester=曼徹斯特,Birmingham=伯明罕,Leeds=里茲,Sheffield=雪菲爾,Bristol=布里斯托,Liverpool=利物浦,Newcastle=紐卡索,Nottingham=諾丁漢,Edinburgh=愛丁堡,Glasgow=格拉斯哥,Cardiff=卡地夫,Leicester=萊斯特,Southampton=南安普敦,York=約克,Exeter=艾希特,Bath=巴斯,Brighton=布萊頓,Aberdeen=亞伯丁,Belfast=貝爾法斯特'],
  ['NL', 2, 'general', 'nl', 'Amsterdam=阿姆斯特丹,Rotterdam=鹿特丹,Utrecht=烏特勒支,Leiden=萊頓,Groningen=格羅寧根,Delft=台夫特,Eindhoven=恩荷芬,Maastricht=馬斯垂克,Nijmegen=奈梅亨,Tilburg=蒂爾堡,Twente=特文特,The Hague=海牙'],
  ['ES', 2, 'general', 'es', 'Madrid=馬德里,Barcelona=巴塞隆納,Valencia=瓦倫西亞,Seville=塞維亞,Granada=格拉納達,Salamanca=薩拉曼卡,Bilbao=畢爾包,Zaragoza=薩拉戈薩,Málaga=馬拉加,Alicante=阿利坎特,Murcia=穆爾西亞,Oviedo=奧維耶多'],
  ['IT', 2, 'general', 'it', 'Rome=羅馬,Milan=米蘭,Turin=杜林,Bologna=波隆那,Florence=佛羅倫斯,Naples=拿坡里,Padua=帕多瓦,Venice=威尼斯,Pisa=比薩,Genoa=熱那亞,Siena=錫耶納,Trento=特倫托,Palermo=巴勒莫,Bari=巴里'],
  ['CZ', 2, 'general', 'cz', 'Prague=布拉格,Brno=布爾諾,Ostrava=俄斯特拉發,Olomouc=奧洛穆克,Pilsen=皮爾森,Liberec=利貝雷茨,Zlín=茲林,Pardubice=帕爾杜比采'],
  ['PL', 2, 'general', 'pl', 'Warsaw=華沙,Kraków=克拉科夫,Wrocław=弗羅茨瓦夫,Poznań=波茲南,Gdańsk=格但斯克,Łódź=羅茲,Lublin=盧布林,Katowice=卡托維治,Toruń=托倫,Szczecin=什切青'],
  ['SE', 1.5, 'general', 'se', 'Stockholm=斯德哥爾摩,Uppsala=烏普薩拉,Lund=隆德,Gothenburg=哥特堡,Linköping=林雪平,Umeå=于默奧,Örebro=厄勒布魯,Malmö=馬爾默,Luleå=呂勒奧,Jönköping=延雪平'],
  ['FI', 1.5, 'general', 'fi', 'Helsinki=赫爾辛基,Tampere=坦佩雷,Turku=土庫,Oulu=奧盧,Jyväskylä=于韋斯屈萊,Lappeenranta=拉彭蘭塔,Vaasa=瓦薩,Espoo=艾斯波'],
  ['AT', 1.5, 'general', 'ac.at', 'Vienna=維也納,Graz=格拉茲,Innsbruck=因斯布魯克,Salzburg=薩爾斯堡,Linz=林茲,Klagenfurt=克拉根福,Leoben=萊奧本'],
  ['BE', 1, 'general', 'be', 'Brussels=布魯塞爾,Leuven=魯汶,Ghent=根特,Antwerp=安特衛普,Liège=列日,Namur=那慕爾,Hasselt=哈瑟爾特'],
  ['CH', 1, 'general', 'ch', 'Zurich=蘇黎世,Geneva=日內瓦,Basel=巴塞爾,Bern=伯恩,Lausanne=洛桑,Lucerne=琉森,St. Gallen=聖加侖,Fribourg=弗里堡'],
  ['DK', 1, 'general', 'dk', 'Copenhagen=哥本哈根,Aarhus=奧胡斯,Aalborg=奧爾堡,Odense=歐登塞,Roskilde=羅斯基勒'],
  ['LT', 1, 'general', 'lt', 'Vilnius=維爾紐斯,Kaunas=考納斯,Klaipėda=克萊佩達,Šiauliai=希奧利艾'],
  ['HU', 1, 'general', 'hu', 'Budapest=布達佩斯,Debrecen=德布勒森,Szeged=塞格德,Pécs=佩奇,Győr=傑爾,Miskolc=米什科爾茨'],
  ['HK', 1.5, 'chinese', 'edu.hk', 'Hong Kong=香港,Kowloon=九龍,Sha Tin=沙田,Tsuen Wan=荃灣,Pok Fu Lam=薄扶林'],
  ['MO', 0.5, 'chinese', 'edu.mo', 'Macau=澳門,Taipa=氹仔'],
  ['TH', 3, 'general', 'ac.th', 'Bangkok=曼谷,Chiang Mai=清邁,Khon Kaen=孔敬,Songkhla=宋卡,Phitsanulok=彭世洛,Chiang Rai=清萊,Nakhon Ratchasima=呵叻,Ubon Ratchathani=烏汶,Hat Yai=合艾,Phuket=普吉'],
  ['VN', 3, 'general', 'edu.vn', 'Hanoi=河內,Ho Chi Minh City=胡志明市,Da Nang=峴港,Hue=順化,Can Tho=芹苴,Hai Phong=海防,Nha Trang=芽莊,Thai Nguyen=太原,Vinh=榮市'],
  ['MY', 2.5, 'general', 'edu.my', 'Kuala Lumpur=吉隆坡,Penang=檳城,Johor Bahru=新山,Kuching=古晉,Kota Kinabalu=亞庇,Ipoh=怡保,Malacca=馬六甲,Shah Alam=莎阿南,Serdang=沙登'],
  ['ID', 2.5, 'general', 'ac.id', 'Jakarta=雅加達,Bandung=萬隆,Surabaya=泗水,Yogyakarta=日惹,Semarang=三寶瓏,Malang=瑪琅,Medan=棉蘭,Denpasar=登巴薩,Makassar=望加錫,Bogor=茂物,Padang=巴東'],
  ['PH', 1.5, 'general', 'edu.ph', 'Manila=馬尼拉,Quezon City=奎松市,Cebu=宿霧,Davao=納卯,Iloilo=怡朗,Baguio=碧瑤,Los Baños=洛斯巴尼奧斯'],
  ['SG', 1, 'general', 'edu.sg', 'Singapore=新加坡'],
  ['IN', 2, 'general', 'ac.in', 'New Delhi=新德里,Mumbai=孟買,Bengaluru=班加羅爾,Chennai=清奈,Kolkata=加爾各答,Hyderabad=海德拉巴,Pune=浦那,Kanpur=坎普爾,Kharagpur=克勒格布爾,Roorkee=魯爾基,Guwahati=高哈蒂,Manipal=馬尼帕爾'],
  ['AU', 2, 'general', 'edu.au', 'Sydney=雪梨,Melbourne=墨爾本,Brisbane=布里斯本,Perth=伯斯,Adelaide=阿德雷德,Canberra=坎培拉,Hobart=荷巴特,Darwin=達爾文,Wollongong=臥龍崗,Gold Coast=黃金海岸,Townsville=湯斯維爾'],
  ['CA', 2, 'general', 'ca', 'Toronto=多倫多,Vancouver=溫哥華,Montreal=蒙特婁,Ottawa=渥太華,Calgary=卡加利,Edmonton=艾德蒙頓,Winnipeg=溫尼伯,Halifax=哈利法克斯,Quebec City=魁北克市,Victoria=維多利亞,Waterloo=滑鐵盧,Saskatoon=薩斯卡通,Regina=里賈納'],
];

/** Second tier: partners now and then (a few cities each); every other country is the thin long tail. */
// biome-ignore format: compact list
const SECOND: [code: string, cities: string][] = [
  ['NZ', 'Wellington=威靈頓,Auckland=奧克蘭,Christchurch=基督城'], ['MX', 'Mexico City=墨西哥城,Monterrey=蒙特雷,Guadalajara=瓜達拉哈拉'],
  ['BR', 'São Paulo=聖保羅,Rio de Janeiro=里約熱內盧,Campinas=坎皮納斯'], ['CL', 'Santiago=聖地牙哥,Valparaíso=瓦爾帕萊索'],
  ['AR', 'Buenos Aires=布宜諾斯艾利斯,Córdoba=科爾多瓦'], ['CO', 'Bogotá=波哥大,Medellín=麥德林'], ['PE', 'Lima=利馬'],
  ['TR', 'Istanbul=伊斯坦堡,Ankara=安卡拉,Izmir=伊茲密爾'], ['RU', 'Moscow=莫斯科,Saint Petersburg=聖彼得堡,Kazan=喀山'],
  ['IL', 'Tel Aviv=特拉維夫,Haifa=海法,Jerusalem=耶路撒冷'], ['PT', 'Lisbon=里斯本,Porto=波多,Coimbra=科英布拉'],
  ['IE', 'Dublin=都柏林,Cork=科克,Galway=哥威'], ['NO', 'Oslo=奧斯陸,Bergen=卑爾根,Trondheim=特隆赫姆'],
  ['SK', 'Bratislava=布拉提斯拉瓦,Košice=科希策'], ['SI', 'Ljubljana=盧比安納,Maribor=馬里博爾'], ['EE', 'Tallinn=塔林,Tartu=塔爾圖'],
  ['LV', 'Riga=里加'], ['RO', 'Bucharest=布加勒斯特,Cluj-Napoca=克盧日納波卡'], ['GR', 'Athens=雅典,Thessaloniki=塞薩洛尼基'],
  ['UA', 'Kyiv=基輔,Lviv=利維夫'], ['MN', 'Ulaanbaatar=烏蘭巴托'], ['KH', 'Phnom Penh=金邊'], ['LA', 'Vientiane=永珍'],
  ['MM', 'Yangon=仰光,Mandalay=曼德勒'], ['BD', 'Dhaka=達卡'], ['NP', 'Kathmandu=加德滿都'], ['LK', 'Colombo=可倫坡'],
  ['PK', 'Lahore=拉合爾,Islamabad=伊斯蘭瑪巴德'], ['SA', 'Riyadh=利雅德,Jeddah=吉達'], ['AE', 'Dubai=杜拜,Abu Dhabi=阿布達比'],
  ['EG', 'Cairo=開羅,Alexandria=亞歷山大'], ['ZA', 'Johannesburg=約翰尼斯堡,Cape Town=開普敦,Pretoria=普利托利亞'],
  ['KE', 'Nairobi=奈洛比'], ['NG', 'Lagos=拉哥斯'], ['BN', 'Bandar Seri Begawan=斯里巴卡旺'], ['KZ', 'Almaty=阿拉木圖'],
  ['UZ', 'Tashkent=塔什干'], ['HR', 'Zagreb=薩格勒布'], ['RS', 'Belgrade=貝爾格勒'], ['BG', 'Sofia=索菲亞'],
  ['LU', 'Luxembourg=盧森堡'], ['IS', 'Reykjavík=雷克雅維克'],
];

/** Uninhabited territories: no partner is ever there. */
const NOWHERE = new Set(['AQ', 'BV', 'HM', 'GS', 'UM', 'PN', 'TF']);

export const US_PLACES: UsPlace[] = [
  ...[
    'Los Angeles=洛杉磯',
    'San Diego=聖地牙哥',
    'San Francisco=舊金山',
    'Sacramento=沙加緬度',
    'Irvine=爾灣',
    'Riverside=河濱',
  ].map((c) => us(c, 'California=加州')),
  ...['Houston=休士頓', 'Dallas=達拉斯', 'Austin=奧斯汀', 'El Paso=艾爾帕索', 'San Antonio=聖安東尼奧'].map((c) =>
    us(c, 'Texas=德州'),
  ),
  ...['Buffalo=水牛城', 'Albany=奧爾巴尼', 'Rochester=羅徹斯特'].map((c) => us(c, 'New York=紐約')),
  ...['Miami=邁阿密', 'Orlando=奧蘭多', 'Tampa=坦帕'].map((c) => us(c, 'Florida=佛羅里達')),
  ...['Boston=波士頓', 'Amherst=安默斯特'].map((c) => us(c, 'Massachusetts=麻州')),
  ...['Chicago=芝加哥', 'Urbana-Champaign=香檳'].map((c) => us(c, 'Illinois=伊利諾')),
  ...['Seattle=西雅圖', 'Spokane=斯波坎'].map((c) => us(c, 'Washington=華盛頓')),
  ...['Denver=丹佛', 'Boulder=波德'].map((c) => us(c, 'Colorado=科羅拉多')),
  ...['Portland=波特蘭', 'Eugene=尤金'].map((c) => us(c, 'Oregon=奧勒岡')),
  ...['Phoenix=鳳凰城', 'Tucson=土桑'].map((c) => us(c, 'Arizona=亞利桑那')),
  ...['Detroit=底特律', 'Ann Arbor=安娜堡'].map((c) => us(c, 'Michigan=密西根')),
  ...['Pittsburgh=匹茲堡', 'Philadelphia=費城'].map((c) => us(c, 'Pennsylvania=賓州')),
  ...['Honolulu=檀香山', 'Hilo=希羅'].map((c) => us(c, 'Hawaii=夏威夷')),
  ...['Columbus=哥倫布', 'Cincinnati=辛辛那提'].map((c) => us(c, 'Ohio=俄亥俄')),
  ...['Madison=麥迪遜', 'Milwaukee=密爾瓦基'].map((c) => us(c, 'Wisconsin=威斯康辛')),
  ...['St. Louis=聖路易', 'Kansas City=堪薩斯城'].map((c) => us(c, 'Missouri=密蘇里')),
  ...['Nashville=納許維爾', 'Memphis=曼菲斯'].map((c) => us(c, 'Tennessee=田納西')),
  ...['Richmond=里奇蒙', 'Norfolk=諾福克'].map((c) => us(c, 'Virginia=維吉尼亞')),
  ...['Las Vegas=拉斯維加斯', 'Reno=雷諾'].map((c) => us(c, 'Nevada=內華達')),
  us('Atlanta=亞特蘭大', 'Georgia=喬治亞'),
  us('Minneapolis=明尼亞波利斯', 'Minnesota=明尼蘇達'),
  us('Louisville=路易維爾', 'Kentucky=肯塔基'),
  us('Salt Lake City=鹽湖城', 'Utah=猶他'),
  us('Omaha=奧馬哈', 'Nebraska=內布拉斯加'),
  us('Baltimore=巴爾的摩', 'Maryland=馬里蘭'),
  us('New Orleans=紐奧良', 'Louisiana=路易斯安那'),
  us('Birmingham=伯明罕', 'Alabama=阿拉巴馬'),
  us('Tulsa=土爾沙', 'Oklahoma=奧克拉荷馬'),
  us('Des Moines=第蒙', 'Iowa=愛荷華'),
  us('Indianapolis=印第安納波利斯', 'Indiana=印第安納'),
  us('Albuquerque=阿布奎基', 'New Mexico=新墨西哥'),
];

function us(city: string, state: string): UsPlace {
  const [c] = places(city) as [Place];
  const [s] = places(state) as [Place];
  return [c[0], c[1], s[0], s[1]];
}

/** Proper names used as the first word of a university ("Waseda University" / 早稻田大學). */
export const NAME_WORDS: Record<'japan' | 'korea' | 'us' | 'company', Place[]> = {
  japan: places(
    'Keio=慶應義塾,Waseda=早稻田,Sophia=上智,Meiji=明治,Hosei=法政,Rikkyo=立教,Chuo=中央,Doshisha=同志社,Ritsumeikan=立命館,Kansai=關西,Kindai=近畿,Soka=創價,Takushoku=拓殖,Tamagawa=玉川,Toyo=東洋,Nihon=日本,Senshu=專修,Kokushikan=國士館,Aoyama=青山,Meijo=名城,Ryukoku=龍谷,Kwansei=關西,Seinan=西南,Tokai=東海,Teikyo=帝京,Daito Bunka=大東文化,Obirin=櫻美林,Shibaura=芝浦,Kogakuin=工學院,Musashino=武藏野',
  ),
  korea: places(
    'Korea=高麗,Yonsei=延世,Hanyang=漢陽,Kyung Hee=慶熙,Sogang=西江,Sungkyunkwan=成均館,Dongguk=東國,Konkuk=建國,Chung-Ang=中央,Inha=仁荷,Ajou=亞洲,Kookmin=國民,Sejong=世宗,Hongik=弘益,Dankook=檀國,Hankuk=韓國,Sookmyung=淑明,Ewha=梨花,Keimyung=啟明,Yeungnam=嶺南,Dong-A=東亞,Kyungpook=慶北,Hallym=翰林,Soongsil=崇實,Myongji=明知,Kwangwoon=光云,Sangmyung=祥明,Gachon=嘉泉,Hoseo=湖西,Sunmoon=鮮文',
  ),
  us: places(
    'Franklin=富蘭克林,Lincoln=林肯,Jefferson=傑佛遜,Hamilton=漢密爾頓,Wesley=衛斯理,Carroll=卡羅爾,Bradley=布萊德利,Drake=德瑞克,Emerson=愛默生,Lehigh=理海,Marshall=馬歇爾,Monroe=門羅,Baylor=貝勒,Clarke=克拉克,Pacific=太平洋,Western=西方,Northern=北方,Southern=南方,Eastern=東方,Central=中央',
  ),
  company: places(
    'Nova=諾瓦,Orion=獵戶座,Apex=頂峰,Zenith=天頂,Helix=螺旋,Vertex=頂點,Aurora=極光,Polaris=北極星,Quantum=量子,Summit=高峰,Atlas=阿特拉斯,Sakura=櫻花,Lumen=流明,Cobalt=鈷藍,Harbor=港灣,Evergreen=長青,Pioneer=先鋒,Horizon=地平線',
  ),
};

/** Syllables with their usual Chinese transliteration, for the towns of the long tail. */
export const SYLLABLES: Place[] = places(
  'ka=卡,la=拉,ma=馬,na=納,ri=里,to=托,sa=薩,ne=內,bo=波,li=利,mo=莫,di=迪,va=瓦,ro=羅,te=特,ni=尼,su=蘇,go=戈,ha=哈,mi=米,an=安,el=埃爾,ber=伯,gen=根,dor=多,sen=森,lin=林,ta=塔,ko=科,vi=維,ra=拉,fe=費,ga=加,pe=佩,bu=布,tu=圖,zi=齊,ok=奧克,mar=馬爾,kes=克斯',
);

/** Family and given names (romanized as the partner writes them) for contacts and signatories. */
export const PEOPLE: Record<Style, { family: string[]; given: string[] }> = {
  japan: {
    family: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
    given: ['Hiroshi', 'Yuki', 'Kenji', 'Akiko', 'Naoko', 'Takeshi', 'Haruka', 'Daisuke'],
  },
  korea: {
    family: ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon'],
    given: ['Min-jun', 'Seo-yeon', 'Ji-ho', 'Hye-jin', 'Sung-min', 'Eun-ji'],
  },
  chinese: {
    family: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
    given: ['Wei', 'Fang', 'Jing', 'Lei', 'Min', 'Hao'],
  },
  us: {
    family: ['Smith', 'Johnson', 'Williams', 'Brown', 'Miller', 'Davis', 'Garcia', 'Wilson'],
    given: ['James', 'Mary', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Emily'],
  },
  general: {
    family: ['Müller', 'Martin', 'Rossi', 'García', 'Nowak', 'Novák', 'Jansen', 'Nielsen', 'Dubois', 'Virtanen'],
    given: ['Anna', 'Thomas', 'Maria', 'Peter', 'Sophie', 'Lukas', 'Elena', 'David', 'Laura', 'Jan'],
  },
};

/** Our own signatories and contacts (the Taiwanese side), written in Chinese as the office does. */
export const OUR_PEOPLE = [
  '陳明輝',
  '林怡君',
  '黃志豪',
  '張雅婷',
  '李建宏',
  '王淑芬',
  '吳俊傑',
  '劉佳穎',
  '蔡宗翰',
  '楊欣怡',
];

/**
 * Every country of the region table: the 31 core countries, the second tier, then the long tail.
 * `regionCodes` is the app's own country list, so the data never holds a code the app would reject.
 */
export function countryProfiles(regionCodes: string[]): CountryProfile[] {
  const out: CountryProfile[] = CORE.map(([code, weight, style, tld, cities]) => ({
    code,
    weight,
    style,
    tld,
    cities: code === 'US' ? US_PLACES.map(([en, zh]) => [en, zh] as const) : places(cities),
  }));
  const seen = new Set(out.map((c) => c.code));
  for (const [code, cities] of SECOND) {
    out.push({ code, weight: 0.4, style: 'general', tld: code.toLowerCase(), cities: places(cities) });
    seen.add(code);
  }
  for (const code of [...regionCodes].sort()) {
    if (seen.has(code) || NOWHERE.has(code)) continue;
    out.push({ code, weight: 0.03, style: 'general', tld: code.toLowerCase(), cities: [] });
  }
  const unknown = out.filter((c) => !regionCodes.includes(c.code)).map((c) => c.code);
  if (unknown.length) throw new Error(`country codes missing from the region table: ${unknown.join(', ')}`);
  return out;
}
