package eus.berrigune.benchmark;

import java.util.List;

/**
 * The words the synthetic catalogue is written with: device types (each tied to real EMDN subtrees), features,
 * care settings and evidence titles, each in Basque, Spanish and English, so that stemming, accents and the
 * benchmark's queries meet the same kind of text as in the real catalogue.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** A phrase in the three languages. */
    record Tri(String eu, String es, String en) {
        String in(String language) {
            return switch (language) {
                case "eu" -> eu;
                case "es" -> es;
                default -> en;
            };
        }
    }

    /**
     * A kind of device: its name, what it is for (organ or condition words), EMDN subtrees it is classified under,
     * whether it is an in-vitro diagnostic, and whether it exchanges data (interoperability standards).
     */
    record DeviceType(Tri name, Tri focus, List<String> emdnPrefixes, boolean ivd, boolean digital,
                      String declaredUnit) {}

    static final List<DeviceType> TYPES = List.of(
            type("EKG adabaki eramangarria", "parche de ECG vestible", "wearable ECG patch",
                    "bihotz-arritmiak dituzten pazienteentzat", "para pacientes con arritmias del corazón",
                    "for patients with heart arrhythmias", List.of("C02", "Z1203"), false, true, "one procedure"),
            type("bihotz-monitorea", "monitor cardiaco", "cardiac monitor",
                    "bihotz-gutxiegitasuna duten pazienteentzat", "para pacientes con insuficiencia del corazón",
                    "for patients with heart failure", List.of("Z1203", "C02", "J01"), false, true, "one unit"),
            type("zauri-aposito aurreratua", "apósito avanzado para heridas", "advanced wound dressing",
                    "zauri kronikoak eta ultzerak sendatzeko", "para curar heridas crónicas y úlceras",
                    "to heal chronic wounds and ulcers", List.of("M04", "M02"), false, false, "one dressing"),
            type("infusio-ponpa", "bomba de infusión", "infusion pump",
                    "botikak zain barnetik emateko", "para administrar fármacos por vía intravenosa",
                    "to deliver intravenous drugs", List.of("A05", "Z1204"), false, true, "one unit"),
            type("glukosa-monitore jarraitua", "monitor continuo de glucosa", "continuous glucose monitor",
                    "diabetesa duten pazienteentzat", "para pacientes con diabetes", "for people with diabetes",
                    List.of("J06", "Z1204"), false, true, "one patient-day"),
            type("grapagailu kirurgikoa", "grapadora quirúrgica", "surgical stapler",
                    "sabeleko kirurgiarako", "para cirugía abdominal", "for abdominal surgery",
                    List.of("H02", "H03"), false, false, "one procedure"),
            type("kateter baskularra", "catéter vascular", "vascular catheter",
                    "zain eta arterietarako sarbiderako", "para el acceso a venas y arterias",
                    "for venous and arterial access", List.of("C01", "C05"), false, false, "one unit"),
            type("arnas-maskara", "mascarilla respiratoria", "respiratory mask",
                    "arnas-gutxiegitasunaren tratamendurako", "para el tratamiento de la insuficiencia respiratoria",
                    "for the treatment of respiratory failure", List.of("R03", "R02"), false, false, "one unit"),
            type("aireztagailu eramangarria", "ventilador portátil", "portable ventilator",
                    "biriketako gaixotasunak dituzten pazienteentzat", "para pacientes con enfermedades pulmonares",
                    "for patients with lung disease", List.of("Z1215", "R90"), false, true, "one year of use"),
            type("dialisi-iragazkia", "filtro de diálisis", "dialysis filter",
                    "giltzurrun-gutxiegitasuna duten pazienteentzat", "para pacientes con insuficiencia renal",
                    "for patients with kidney failure", List.of("F01", "F02"), false, false, "one treatment"),
            type("aldakako protesia", "prótesis de cadera", "hip prosthesis",
                    "aldakako artrosiaren kirurgiarako", "para la cirugía de la artrosis de cadera",
                    "for hip osteoarthritis surgery", List.of("P09"), false, false, "one unit"),
            type("belaunaren inplantea", "implante de rodilla", "knee implant",
                    "belauneko ordezkapen osorako", "para la sustitución total de rodilla",
                    "for total knee replacement", List.of("P09"), false, false, "one unit"),
            type("endoskopio digitala", "endoscopio digital", "digital endoscope",
                    "digestio-aparatuaren azterketarako", "para la exploración del aparato digestivo",
                    "for gastrointestinal examination", List.of("G03", "K01", "Z1202"), false, true,
                    "one procedure"),
            type("eskularru kirurgikoak", "guantes quirúrgicos", "surgical gloves",
                    "ebakuntza-geletarako", "para quirófanos", "for operating theatres", List.of("T01"), false,
                    false, "one pair"),
            type("urruneko monitorizazio plataforma", "plataforma de telemonitorización", "remote monitoring platform",
                    "gaixotasun kronikoen jarraipenerako", "para el seguimiento de enfermedades crónicas",
                    "for chronic disease follow-up", List.of("V92", "Z1203"), false, true, "one patient-year"),
            type("entzumen-inplantea", "implante auditivo", "hearing implant",
                    "gorreria larria duten pazienteentzat", "para pacientes con sordera profunda",
                    "for patients with profound deafness", List.of("J03", "Q03"), false, true, "one unit"),
            type("neuroestimulagailua", "neuroestimulador", "neurostimulator",
                    "min kronikoaren tratamendurako", "para el tratamiento del dolor crónico",
                    "for chronic pain treatment", List.of("J02", "N01"), false, true, "one unit"),
            type("diagnostiko-test azkarra", "test de diagnóstico rápido", "rapid diagnostic test",
                    "infekzioak detektatzeko", "para detectar infecciones", "to detect infections",
                    List.of("W01", "W05"), true, false, "one test"),
            type("odol-analizatzailea", "analizador de sangre", "blood analyser",
                    "laborategiko odol-analisietarako", "para análisis de sangre en el laboratorio",
                    "for laboratory blood analysis", List.of("W02"), true, true, "one test"),
            type("ekografoa", "ecógrafo", "ultrasound scanner",
                    "ohe-buruko irudi diagnostikorako", "para la imagen diagnóstica a pie de cama",
                    "for point-of-care diagnostic imaging", List.of("Z1104"), false, true, "one year of use"),
            type("xiringa segurua", "jeringa de seguridad", "safety syringe",
                    "orratz-ziztadak saihesteko", "para evitar pinchazos accidentales",
                    "to prevent needlestick injuries", List.of("A02", "A01"), false, false, "one unit"),
            type("ukipen-lentea", "lente intraocular", "intraocular lens",
                    "katarata-kirurgiarako", "para la cirugía de cataratas", "for cataract surgery",
                    List.of("Q02", "P03"), false, false, "one unit"),
            type("hortz-inplantea", "implante dental", "dental implant",
                    "hortz-galera konpontzeko", "para reponer la pérdida dental", "to replace missing teeth",
                    List.of("P01", "Q01"), false, false, "one unit"),
            type("inkontinentzia-babesa", "absorbente para incontinencia", "incontinence pad",
                    "adinekoen zainketarako", "para el cuidado de personas mayores", "for elderly care",
                    List.of("T04", "U07"), false, false, "one unit"),
            type("esterilizazio-sistema", "sistema de esterilización", "sterilisation system",
                    "tresneria kirurgikoa esterilizatzeko", "para esterilizar el instrumental quirúrgico",
                    "to sterilise surgical instruments", List.of("S01", "S90"), false, true, "one cycle"),
            type("sutura xurgagarria", "sutura reabsorbible", "absorbable suture",
                    "ehun bigunak ixteko", "para el cierre de tejidos blandos", "for soft tissue closure",
                    List.of("H01"), false, false, "one unit"),
            type("desinfektatzaile alkoholikoa", "desinfectante alcohólico", "alcohol disinfectant",
                    "gailu medikoen desinfekziorako", "para la desinfección de dispositivos médicos",
                    "for the disinfection of medical devices", List.of("D07", "D99"), false, false, "one litre"),
            type("gurpil-aulki adimenduna", "silla de ruedas inteligente", "smart wheelchair",
                    "mugikortasun urriko pertsonentzat", "para personas con movilidad reducida",
                    "for people with reduced mobility", List.of("Y12"), false, true, "one year of use"),
            type("ortesi pertsonalizatua", "órtesis personalizada", "custom orthosis",
                    "bizkarrezurreko lesioetarako", "para lesiones de columna", "for spinal injuries",
                    List.of("Y06", "N02"), false, false, "one unit"),
            type("gernu-kateterra", "sonda urinaria", "urinary catheter",
                    "gernu-atxikipenerako", "para la retención urinaria", "for urinary retention",
                    List.of("U01", "U04"), false, false, "one unit"));

    static final List<Tri> FEATURES = List.of(
            tri("ospitaleko egonaldiak murrizten ditu", "reduce las estancias hospitalarias", "reduces hospital stays"),
            tri("historia kliniko elektronikoarekin konektatzen da", "se conecta con la historia clínica electrónica",
                    "connects to the electronic health record"),
            tri("erizaintza-taldeari denbora errealean abisatzen dio", "avisa al equipo de enfermería en tiempo real",
                    "alerts the nursing team in real time"),
            tri("erabilera bakarrekoa eta latexik gabekoa da", "es de un solo uso y sin látex",
                    "is single-use and latex-free"),
            tri("esterilizatu eta berrerabil daiteke", "puede esterilizarse y reutilizarse",
                    "can be sterilised and reused"),
            tri("pazientearen etxean funtzionatzen du", "funciona en el domicilio del paciente",
                    "works at the patient's home"),
            tri("adimen artifiziala erabiltzen du anomaliak detektatzeko",
                    "utiliza inteligencia artificial para detectar anomalías",
                    "uses artificial intelligence to detect anomalies"),
            tri("infekzio-arriskua murrizten du", "reduce el riesgo de infección", "lowers the risk of infection"),
            tri("prozedura kirurgikoa laburtzen du", "acorta el procedimiento quirúrgico",
                    "shortens the surgical procedure"),
            tri("odol-presioa eta bihotz-maiztasuna neurtzen ditu", "mide la presión arterial y la frecuencia cardiaca",
                    "measures blood pressure and heart rate"),
            tri("hamabost minututan ematen ditu emaitzak", "da resultados en quince minutos",
                    "gives results in fifteen minutes"),
            tri("material birziklatuekin egina dago", "está fabricado con materiales reciclados",
                    "is made of recycled materials"),
            tri("pazientearen erosotasuna hobetzen du", "mejora la comodidad del paciente", "improves patient comfort"),
            tri("alta goiztiarra ahalbidetzen du", "permite el alta precoz", "allows early discharge"),
            tri("zazpi eguneko autonomia du", "tiene una autonomía de siete días", "has a battery life of seven days"),
            tri("haririk gabe transmititzen ditu datuak", "transmite los datos de forma inalámbrica",
                    "transmits data wirelessly"),
            tri("ohe-buruan erabiltzeko diseinatua dago", "está diseñado para usarse a pie de cama",
                    "is designed for bedside use"),
            tri("mina eta konplikazioak gutxitzen ditu", "disminuye el dolor y las complicaciones",
                    "reduces pain and complications"));

    static final List<Tri> SETTINGS = List.of(
            tri("zainketa intentsiboetako unitateetan", "en unidades de cuidados intensivos", "in intensive care units"),
            tri("lehen mailako arretan", "en atención primaria", "in primary care"),
            tri("ebakuntza-geletan", "en quirófanos", "in operating theatres"),
            tri("larrialdi-zerbitzuetan", "en servicios de urgencias", "in emergency departments"),
            tri("etxeko ospitalizazioan", "en hospitalización a domicilio", "in home hospitalisation"),
            tri("pediatrian", "en pediatría", "in paediatrics"),
            tri("kardiologian", "en cardiología", "in cardiology"),
            tri("onkologian", "en oncología", "in oncology"),
            tri("adinekoen egoitzetan", "en residencias de mayores", "in nursing homes"),
            tri("ospitaleko solairuetan", "en plantas de hospitalización", "on hospital wards"));

    static final List<Tri> QUALIFIERS = List.of(
            tri("", "", ""),
            tri("pediatrikoa", "pediátrico", "paediatric"),
            tri("konektatua", "conectado", "connected"),
            tri("ekologikoa", "ecológico", "eco-designed"),
            tri("berrerabilgarria", "reutilizable", "reusable"),
            tri("trinkoa", "compacto", "compact"));

    static final List<Tri> EVIDENCE_TITLES = List.of(
            tri("Ausazko saiakuntza kliniko kontrolatua", "Ensayo clínico aleatorizado", "Randomised controlled trial"),
            tri("Kohorte-azterketa prospektiboa", "Estudio de cohortes prospectivo", "Prospective cohort study"),
            tri("Kostu-eraginkortasunaren analisia", "Análisis de coste-efectividad", "Cost-effectiveness analysis"),
            tri("Mundu errealeko datuen azterketa", "Estudio con datos de vida real", "Real-world data study"),
            tri("Erabilgarritasun-azterketa", "Estudio de usabilidad", "Usability study"),
            tri("Kasu-serie bat", "Serie de casos", "Case series"),
            tri("Azterketa preklinikoa", "Estudio preclínico", "Pre-clinical study"),
            tri("Adituen kontsentsua", "Consenso de expertos", "Expert consensus"));

    static final List<String> COMPANY_ROOTS = List.of(
            "Bihotz", "Ekhi", "Osasun", "Arnas", "Begi", "Hezur", "Zaindu", "Lagun", "Ibai", "Mendi", "Itsaso", "Haize",
            "Argi", "Izar", "Bizi", "Odol", "Gune", "Kimu", "Berri", "Sare", "Orbe", "Txingudi", "Urdaibai", "Gorbea",
            "Aralar", "Anboto", "Txindoki", "Larrun", "Aiako", "Jaizkibel", "Ulia", "Igeldo", "Artxanda", "Bidasoa",
            "Deba", "Oria", "Urola", "Nerbioi", "Zadorra", "Arga");
    static final List<String> COMPANY_KINDS = List.of(
            "Medical", "Diagnostics", "Robotics", "Health", "Biotech", "Devices", "Labs", "Digital Health", "Medtech",
            "Surgical");
    static final List<String> LEGAL_FORMS = List.of("S.L.", "S.A.", "S.Coop.");

    static final List<String[]> NOTIFIED_BODIES = List.of(
            new String[] {"0123", "TÜV SÜD Product Service GmbH"},
            new String[] {"0197", "TÜV Rheinland LGA Products GmbH"},
            new String[] {"0297", "DQS Medizinprodukte GmbH"},
            new String[] {"0318", "Agencia Española de Medicamentos y Productos Sanitarios"},
            new String[] {"0459", "GMED"},
            new String[] {"0050", "National Standards Authority of Ireland"},
            new String[] {"2797", "BSI Group The Netherlands B.V."},
            new String[] {"0344", "DEKRA Certification B.V."},
            new String[] {"1639", "SGS Belgium NV"},
            new String[] {"0051", "IMQ Istituto Italiano del Marchio di Qualità"});

    static final List<String> CPV = List.of(
            "33100000-1", "33120000-7", "33123200-0", "33124110-9", "33140000-3", "33141620-2", "33150000-6",
            "33180000-5", "33182000-9", "33190000-8", "33194000-6", "33195000-3", "33696500-0", "48180000-3",
            "33183100-7", "33184100-4", "33185000-8", "33186000-5", "33157000-5", "33162000-3");

    private static DeviceType type(String eu, String es, String en, String focusEu, String focusEs, String focusEn,
                                   List<String> prefixes, boolean ivd, boolean digital, String unit) {
        return new DeviceType(tri(eu, es, en), tri(focusEu, focusEs, focusEn), prefixes, ivd, digital, unit);
    }

    private static Tri tri(String eu, String es, String en) {
        return new Tri(eu, es, en);
    }
}
