using AcneBotox.Core.Checks.Text;

namespace AcneBotox.Tests.Checks.Spanish;

/// <summary>
/// Pins the Spanish syllabifier to a hand-checked list: each word with its syllables as the RAE's Ortografía
/// (2010) divides them, checked one by one when the list was written. The count must match exactly, and so must
/// the division. Words whose division the RAE leaves open (tl as in atleta, h between vowels as in prohibir,
/// prefixes as in subrayar, "ii" as in chiita) are left out on purpose.
/// </summary>
public sealed class SpanishSyllableTests
{
    // Word, then its syllables joined by '-'. Grouped by the rule each group exercises.
    private const string HandChecked = """
        país pa-ís
        maíz ma-íz
        ahí a-hí
        baúl ba-úl
        Raúl ra-úl
        día dí-a
        días dí-as
        tenía te-ní-a
        había ha-bí-a
        sabía sa-bí-a
        frío frí-o
        río rí-o
        oír o-ír
        reír re-ír
        leído le-í-do
        oído o-í-do
        caído ca-í-do
        búho bú-ho
        actúa ac-tú-a
        continúa con-ti-nú-a
        garantía ga-ran-tí-a
        energía e-ner-gí-a
        economía e-co-no-mí-a
        cirugía ci-ru-gí-a
        policía po-li-cí-a
        todavía to-da-ví-a
        Lucía lu-cí-a
        baúles ba-ú-les
        reúne re-ú-ne
        aún a-ún
        creía cre-í-a
        leíais le-í-ais
        oíais o-í-ais
        océano o-cé-a-no
        poeta po-e-ta
        aéreo a-é-re-o
        leer le-er
        creer cre-er
        caer ca-er
        teatro te-a-tro
        museo mu-se-o
        héroe hé-ro-e
        toalla to-a-lla
        línea lí-ne-a
        área á-re-a
        idea i-de-a
        peor pe-or
        cohete co-he-te
        zoológico zo-o-ló-gi-co
        microondas mi-cro-on-das
        paseo pa-se-o
        feo fe-o
        roedor ro-e-dor
        maestro ma-es-tro
        caoba ca-o-ba
        Bilbao bil-ba-o
        cráneo crá-ne-o
        crea cre-a
        vea ve-a
        trae tra-e
        ciudad ciu-dad
        cuidado cui-da-do
        cuidar cui-dar
        ruido rui-do
        viuda viu-da
        casuística ca-suís-ti-ca
        aire ai-re
        auto au-to
        causa cau-sa
        peine pei-ne
        deuda deu-da
        oigo oi-go
        bueno bue-no
        nuevo nue-vo
        agua a-gua
        antiguo an-ti-guo
        piel piel
        siete sie-te
        tiempo tiem-po
        medio me-dio
        farmacia far-ma-cia
        alergia a-ler-gia
        anestesia a-nes-te-sia
        tratamiento tra-ta-mien-to
        medicamento me-di-ca-men-to
        inyección in-yec-ción
        enrojecimiento en-ro-je-ci-mien-to
        inmediatamente in-me-dia-ta-men-te
        cuello cue-llo
        puede pue-de
        pueden pue-den
        después des-pués
        hielo hie-lo
        huevo hue-vo
        suave sua-ve
        fuerte fuer-te
        cuatro cua-tro
        acción ac-ción
        sesión se-sión
        visión vi-sión
        fiebre fie-bre
        labios la-bios
        ejercicio e-jer-ci-cio
        muy muy
        hoy hoy
        rey rey
        ley ley
        estoy es-toy
        voy voy
        jersey jer-sey
        jerseys jer-seys
        reyes re-yes
        bueyes bue-yes
        ayer a-yer
        mayo ma-yo
        y y
        Paraguay pa-ra-guay
        buey buey
        Uruguay u-ru-guay
        averiguáis a-ve-ri-guáis
        estudiáis es-tu-diáis
        limpiéis lim-piéis
        cambiáis cam-biáis
        apreciéis a-pre-ciéis
        guau guau
        miau miau
        guerra gue-rra
        queso que-so
        quien quien
        quiere quie-re
        aquí a-quí
        guitarra gui-ta-rra
        seguir se-guir
        siguiente si-guien-te
        pequeño pe-que-ño
        química quí-mi-ca
        maquillaje ma-qui-lla-je
        guiso gui-so
        quince quin-ce
        pingüino pin-güi-no
        vergüenza ver-güen-za
        cigüeña ci-güe-ña
        lingüística lin-güís-ti-ca
        argüir ar-güir
        bilingüe bi-lin-güe
        aguja a-gu-ja
        acné ac-né
        bótox bó-tox
        hablar ha-blar
        problema pro-ble-ma
        otro o-tro
        madre ma-dre
        sangre san-gre
        hombre hom-bre
        siempre siem-pre
        entre en-tre
        fiebre fie-bre
        crema cre-ma
        clínica clí-ni-ca
        inflamación in-fla-ma-ción
        ibuprofeno i-bu-pro-fe-no
        flexible fle-xi-ble
        instrucción ins-truc-ción
        construir cons-truir
        obstruir obs-truir
        abstracto abs-trac-to
        transporte trans-por-te
        perspectiva pers-pec-ti-va
        noche no-che
        calle ca-lle
        perro pe-rro
        carro ca-rro
        arrugas a-rru-gas
        llamar lla-mar
        llame lla-me
        chico chi-co
        ahora a-ho-ra
        alcohol al-co-hol
        hinchazón hin-cha-zón
        dermatóloga der-ma-tó-lo-ga
        botulínica bo-tu-lí-ni-ca
        músculos mús-cu-los
        sudor su-dor
        grasa gra-sa
        fina fi-na
        minutos mi-nu-tos
        semana se-ma-na
        efecto e-fec-to
        excesivo ex-ce-si-vo
        texto tex-to
        examen e-xa-men
        tráfico trá-fi-co
        España es-pa-ña
        niño ni-ño
        rostro ros-tro
        frente fren-te
        ojos o-jos
        zona zo-na
        masaje ma-sa-je
        picor pi-cor
        dolor do-lor
        respirar res-pi-rar
        tragar tra-gar
        párpado pár-pa-do
        acostarse a-cos-tar-se
        horizontal ho-ri-zon-tal
        aspirina as-pi-ri-na
        hematoma he-ma-to-ma
        moratón mo-ra-tón
        """;

    private static List<(string Word, string Syllables)> List() =>
    [
        .. HandChecked.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct()
            .Select(line => line.Split(' '))
            .Select(parts => (parts[0], parts[1])),
    ];

    public static TheoryData<string, string> Words()
    {
        var data = new TheoryData<string, string>();
        foreach (var (word, syllables) in List()) data.Add(word, syllables);
        return data;
    }

    [Fact]
    public void The_list_has_at_least_150_distinct_words_with_hiatus_and_diphthong_cases()
    {
        var words = List().Select(entry => entry.Word).ToList();
        Assert.True(words.Distinct().Count() >= 150, $"{words.Distinct().Count()} words");
        Assert.Contains("país", words);
        Assert.Contains("ciudad", words);
        Assert.Contains("Uruguay", words);
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Counts_match_the_hand_checked_syllables_exactly(string word, string syllables) =>
        Assert.Equal(syllables.Split('-').Length, SpanishSyllables.Count(word));

    [Theory]
    [MemberData(nameof(Words))]
    public void Divisions_match_the_hand_checked_syllables(string word, string syllables) =>
        Assert.Equal(syllables, string.Join('-', SpanishSyllables.Split(word)));

    [Theory]
    [InlineData("PAÍS", 2)]
    [InlineData("teórico-práctico", 7)]
    [InlineData("2026", 4)]
    [InlineData("km", 1)]
    [InlineData("", 1)]
    public void Capitals_hyphens_numbers_and_words_without_vowels_are_counted_plainly(string word, int expected) =>
        Assert.Equal(expected, SpanishSyllables.Count(word));
}
