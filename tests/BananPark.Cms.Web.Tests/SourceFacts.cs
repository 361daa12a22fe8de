namespace BananPark.Cms.Web.Tests;

/// <summary>
/// Every fact of the park's source text (shared/seeds/000_ecad9045f6cb1659.txt), written out by hand
/// from that text so the test does not trust the recipe it checks.
/// </summary>
internal static class SourceFacts
{
    public static readonly string[] Facts =
    [
        "Chongqing Banan Economic Park",
        "Chongqing Huaxi Industrial Park",
        "December 2002",
        "the first provincial-level new characteristic industrial park approved by the municipal government",
        "in the south of Chongqing's main city and the core layer of Chongqing's \"one-hour economic circle\"",
        "an important part of Chongqing's Jiangnan New Town",
        "The approved area of the park is 21.73 square kilometers",
        "Huaxi (4.77), Jinzhu (1.71), Jieshi (10.3) and Tianming (4.94)",
        "The built area is about 17.5 square kilometers",
        "The Jieshi Group is mainly composed of electronic information, intelligent terminals, electrical equipment, gold and jewelry processing, building industry and headquarters economic industry.",
        "It mainly manufactures automobiles, new energy automobiles and core parts.",
        "more than 300 enterprises have been stationed in the park",
        "six industrial clusters have been set up, including new display, motorcycle, high-end jewelry processing, electrical equipment, fast consumer goods, building industry and headquarters economy",
        "In 2017, the growth rate of output value of enterprises in the park regulations was 14.9%.",
        "mainly engaged in six major industries",
        "New display industry cluster",
        "Automobile and motorcycle industry cluster",
        "High-end jewelry industry processing cluster",
        "Fast consumer goods industry cluster",
        "Building industry and headquarters economic cluster",
        "Electrical machinery cluster",
        "Huike Jinyu Optoelectronic LCD Panel 8.6 Generation Line Project",
        "Huike Jinyang Industrial Park",
        "Yingyang Optical Materials",
        "Xinkangyi New Materials",
        "Chang'an Suzuki",
        "Zongshen Group",
        "Construction Group",
        "Guangyu Company",
        "Merrill Credit Technology",
        "Dawning Hengsheng Jewelry",
        "Zhongjin Jewelry",
        "Heng'an Paper Industry",
        "Blue Moon",
        "Shuguang",
        "Nide Metalworking Workshop",
        "Ninghui",
        "Zhongheng",
        "Hanjia",
        "Boshun",
        "88 Fucheng Road, Jieshi Town, Banan District, Chongqing",
        "023-66228308",
        "Chongqing Foreign Trade and Economic Relations Commerce",
        "Chongqing Investment Promotion Association",
        "+86-023-67862888",
        "Copyright 2012 All Rights Reserved by Chongqing Foreign Trade and Relations Commision",
        "渝ICP备12005872号-5",
        "Prohbited to Copy and any MSL",
    ];
}
