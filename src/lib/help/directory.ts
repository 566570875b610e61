/*
 * Help directory: hotlines and services by country, and each country's emergency numbers.
 *
 * Every entry was verified on a stored copy of the organisation's own page or a government
 * page, recorded in `source`, on the date in `checked`. Where a second official page
 * confirmed a detail (hours, for example), it is named in a comment next to the entry.
 * Numbers, hours and names change: recheck every entry against its source before each release,
 * and remove any entry that can no longer be confirmed.
 */

/** Where an entry helps. Its words are in locales/<lang>/help.json under topics.<topic>. */
export type HelpTopic =
	'trafficking' | 'domestic-abuse' | 'sexual-violence' | 'crisis' | 'lgbtq' | 'young-people';

export interface HelpContact {
	kind: 'tel' | 'sms' | 'web' | 'whatsapp';
	/** tel/sms/whatsapp: E.164 like +18003737888, or a short number as dialled in-country like 988; web: https URL */
	value: string;
	/** e.g. the number as people write it: "1-888-373-7888" */
	label?: string;
}

export interface HelpEntry {
	id: string;
	/** ISO 3166-1 alpha-2 */
	country: string;
	/** the organisation's own name, untranslated */
	name: string;
	topics: HelpTopic[];
	contacts: HelpContact[];
	/** as the source states, short, e.g. "24/7" */
	hours?: string;
	/** BCP 47 codes, only if the source says */
	languages?: string[];
	/** https URL of the page the entry was verified on */
	source: string;
	/** the date it was checked */
	checked: string;
}

export interface EmergencyNumber {
	country: string;
	numbers: string[];
	source: string;
	checked: string;
}

export const EMERGENCY_NUMBERS: readonly EmergencyNumber[] = [
	{
		// Source is the Buenos Aires province 911 service; other provinces may also use their own numbers.
		country: 'AR',
		numbers: ['911'],
		source: 'https://emergencias911.mseg.gba.gov.ar/preguntas',
		checked: '2026-11-22'
	},
	{
		// 112 works from mobile phones only (ACMA).
		country: 'AU',
		numbers: ['000', '112'],
		source: 'https://www.acma.gov.au/theACMA/emergency-call-service-faq-i-acma',
		checked: '2026-11-22'
	},
	{
		country: 'CA',
		numbers: ['911'],
		source: 'https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html',
		checked: '2026-11-22'
	},
	{
		country: 'CO',
		numbers: ['123'],
		source:
			'https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155',
		checked: '2026-11-22'
	},
	{
		// UK government guidance for Egypt; 122 is the police number.
		country: 'EG',
		numbers: ['122'],
		source:
			'https://www.gov.uk/government/publications/rape-and-sexual-assault-in-egypt-information-for-victims/rape-and-sexual-assault-in-egypt-information-for-victims',
		checked: '2026-11-22'
	},
	{
		// UK government guidance for Spain.
		country: 'ES',
		numbers: ['112'],
		source:
			'https://www.gov.uk/government/publications/spain-information-for-victims-of-rape-and-sexual-assault/spain-information-for-victims-of-rape-and-sexual-assault',
		checked: '2026-11-22'
	},
	{
		country: 'GB',
		numbers: ['999', '112'],
		source: 'https://www.devon-cornwall.police.uk/youth/8-10/phoning-999/',
		checked: '2026-11-22'
	},
	{
		country: 'IE',
		numbers: ['112', '999'],
		source: 'https://www2.hse.ie/services/satu/where-to-get-help',
		checked: '2026-11-22'
	},
	{
		country: 'JO',
		numbers: ['911'],
		source:
			'https://psd.gov.jo/en-us/content/news/major-general-al-maaitah-on-behalf-of-all-public-security-personnel-congratulates-his-majesty-the-supreme-commander-on-the-birthday-of-his-majesty/',
		checked: '2026-11-22'
	},
	{
		// UK government guidance for Lebanon: 112 police, 140 ambulance.
		country: 'LB',
		numbers: ['112', '140'],
		source:
			'https://gov.uk/government/publications/rape-and-sexual-assault-in-lebanon-information-for-victims/lebanon-information-for-survivors-of-rape-and-sexual-assault',
		checked: '2026-11-22'
	},
	{
		// UK government guidance for Morocco; 190 is given as the emergency police number.
		country: 'MA',
		numbers: ['190'],
		source:
			'https://gov.uk/government/publications/domestic-abuse-information-for-victims-in-morocco/information-for-victims-of-domestic-abuse-in-morocco',
		checked: '2026-11-22'
	},
	{
		country: 'MX',
		numbers: ['911'],
		source: 'https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado',
		checked: '2026-11-22'
	},
	{
		country: 'US',
		numbers: ['911'],
		source: 'https://www.fcc.gov/consumer-information',
		checked: '2026-11-22'
	},
	{
		// UK government guidance for Uruguay.
		country: 'UY',
		numbers: ['911'],
		source:
			'https://www.gov.uk/government/publications/uruguay-information-for-victims-of-rape-and-sexual-assault/uruguay-information-for-victims-of-rape-and-sexual-assault',
		checked: '2026-11-22'
	}
];

export const HELP_DIRECTORY: readonly HelpEntry[] = [
	// Argentina
	{
		// Source is a 2015 Ministry of Justice (Infojus) article: recheck.
		id: 'ar-linea-145',
		country: 'AR',
		name: 'Línea 145 (Programa Nacional de Rescate y Acompañamiento a las Personas Damnificadas por el Delito de Trata)',
		topics: ['trafficking'],
		contacts: [{ kind: 'tel', value: '145', label: '145' }],
		hours: '24/7',
		source:
			'https://archivoinfojus.gob.ar/nacionales/trata-la-linea-145-recibio-mas-de-4500-denuncias-desde-su-puesta-en-marcha-8799.html',
		checked: '2026-11-22'
	},

	// Australia
	{
		// Hours: also https://plan4womenssafety.dss.gov.au/initiatives/1800respect (24 hours a day, seven days a week).
		id: 'au-1800respect',
		country: 'AU',
		name: '1800RESPECT',
		topics: ['domestic-abuse', 'sexual-violence'],
		contacts: [
			{ kind: 'tel', value: '1800737732', label: '1800 737 732' },
			{ kind: 'sms', value: '+61458737732', label: '0458 737 732' },
			{ kind: 'web', value: 'https://www.1800respect.org.au' }
		],
		hours: '24/7',
		source: 'https://www.1800respect.org.au/terms-and-conditions',
		checked: '2026-11-22'
	},
	{
		// A police line for reporting, not a support service. Also https://antislaverycommissioner.gov.au/find-help-and-support/report-suspected-modern-slavery
		id: 'au-afp-human-trafficking',
		country: 'AU',
		name: 'Australian Federal Police',
		topics: ['trafficking'],
		contacts: [
			{ kind: 'tel', value: '131237', label: '131 AFP (131 237)' },
			{ kind: 'web', value: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking' }
		],
		source: 'https://www.afp.gov.au/what-we-do/crime-types/human-trafficking',
		checked: '2026-11-22'
	},
	{
		// Operated by yourtown; for young people aged 5 to 25.
		id: 'au-kids-helpline',
		country: 'AU',
		name: 'Kids Helpline',
		topics: ['young-people', 'crisis'],
		contacts: [
			{ kind: 'tel', value: '1800551800', label: '1800 55 1800' },
			{ kind: 'web', value: 'https://kidshelpline.com.au' }
		],
		hours: '24/7',
		source: 'https://yourtown.com.au/apps/webcounselling/live/chat',
		checked: '2026-11-22'
	},
	{
		// Source is a Lifeline centre (Lifeline Harbour to Hawkesbury) in the national network.
		id: 'au-lifeline',
		country: 'AU',
		name: 'Lifeline',
		topics: ['crisis'],
		contacts: [
			{ kind: 'tel', value: '131114', label: '13 11 14' },
			{ kind: 'web', value: 'https://www.lifeline.org.au' }
		],
		hours: '24/7',
		source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
		checked: '2026-11-22'
	},

	// Canada
	{
		id: 'ca-988',
		country: 'CA',
		name: '9-8-8: Suicide Crisis Helpline',
		topics: ['crisis'],
		contacts: [
			{ kind: 'tel', value: '988', label: '9-8-8' },
			{ kind: 'sms', value: '988', label: '9-8-8' },
			{ kind: 'web', value: 'https://988.ca' }
		],
		hours: '24/7',
		languages: ['en', 'fr'],
		source:
			'https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html',
		checked: '2026-11-22'
	},
	{
		// Hours: https://canadianhumantraffickinghotline.ca/who-are-we (24 hours a day, 365 days a year; 200+ languages by interpretation).
		id: 'ca-human-trafficking-hotline',
		country: 'CA',
		name: 'Canadian Human Trafficking Hotline',
		topics: ['trafficking'],
		contacts: [
			{ kind: 'tel', value: '+18339001010', label: '1-833-900-1010' },
			{ kind: 'web', value: 'https://www.canadianhumantraffickinghotline.ca' }
		],
		hours: '24/7',
		source: 'https://www.canada.ca/en/public-safety-canada/campaigns/human-trafficking/sts.html',
		checked: '2026-11-22'
	},
	{
		// Phone number (1-800-668-6868) was not found on a stored page of Kids Help Phone or a government: left out.
		id: 'ca-kids-help-phone',
		country: 'CA',
		name: 'Kids Help Phone',
		topics: ['young-people', 'crisis'],
		contacts: [
			{ kind: 'sms', value: '686868', label: 'Text CONNECT to 686868' },
			{ kind: 'web', value: 'https://kidshelpphone.ca' }
		],
		hours: '24/7',
		source: 'https://kidshelpphone.ca/text-about-it/',
		checked: '2026-11-22'
	},

	// Colombia
	{
		id: 'co-linea-155',
		country: 'CO',
		name: 'Línea 155 (orientación a mujeres víctimas de violencia)',
		topics: ['domestic-abuse', 'sexual-violence'],
		contacts: [{ kind: 'tel', value: '155', label: '155' }],
		hours: '24/7',
		source:
			'https://www.policia.gov.co/noticia/policia-nacional-sensibiliza-comunidad-sobre-uso-las-lineas-emergencia-123-155',
		checked: '2026-11-22'
	},

	// Spain
	{
		// Number, text telephone and WhatsApp from this municipal page relaying the Delegación del Gobierno.
		// Hours: UK government guidance "Spain: guidance for UK nationals affected by gender violence"
		// (updated 9 April 2025; free, confidential, 24 hours, 53 languages), seen as a stored copy on a mirror site.
		id: 'es-016',
		country: 'ES',
		name: '016 (Delegación del Gobierno contra la Violencia de Género)',
		topics: ['domestic-abuse', 'sexual-violence'],
		contacts: [
			{ kind: 'tel', value: '016', label: '016' },
			{ kind: 'whatsapp', value: '+34600000016', label: '600 000 016 (WhatsApp only)' },
			{ kind: 'tel', value: '+34900116016', label: '900 116 016 (text telephone)' }
		],
		hours: '24/7',
		source: 'https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/',
		checked: '2026-11-22'
	},
	{
		// Source is a 2009 page of the Defensor del Pueblo de Navarra: recheck.
		id: 'es-anar',
		country: 'ES',
		name: 'Fundación ANAR (Teléfono ANAR de Ayuda a Niños y Adolescentes)',
		topics: ['young-people'],
		contacts: [{ kind: 'tel', value: '+34900202010', label: '900 20 20 10' }],
		hours: '24/7',
		source:
			'https://defensornavarra.es/es/noticias/la-fundacion-anar-se-entrevisto-con-el-defensor-del-pueblo-de-navarra-y-le-entrego-su-informe-anual-referido-a-navarra',
		checked: '2026-11-22'
	},

	// United Kingdom
	{
		id: 'gb-galop',
		country: 'GB',
		name: 'Galop (National LGBT+ Domestic Abuse Helpline)',
		topics: ['lgbtq', 'domestic-abuse'],
		contacts: [
			{ kind: 'tel', value: '+448009995428', label: '0800 999 5428' },
			{ kind: 'web', value: 'https://www.galop.org.uk' }
		],
		source: 'https://www.galop.org.uk/recogniseandrespond/',
		checked: '2026-11-22'
	},
	{
		// Modern Slavery & Exploitation Helpline, part of the charity Unseen.
		// The number is on the helpline's home page (https://www.modernslaveryhelpline.org/).
		id: 'gb-modern-slavery-helpline',
		country: 'GB',
		name: 'Modern Slavery & Exploitation Helpline',
		topics: ['trafficking'],
		contacts: [
			{ kind: 'tel', value: '+448000121700', label: '08000 121 700' },
			{ kind: 'web', value: 'https://www.modernslaveryhelpline.org' }
		],
		hours: '24/7',
		source: 'https://www.modernslaveryhelpline.org/about/what-happens-when-you-call-the-helpline',
		checked: '2026-11-22'
	},
	{
		// Run by Refuge.
		id: 'gb-national-domestic-abuse-helpline',
		country: 'GB',
		name: 'National Domestic Abuse Helpline',
		topics: ['domestic-abuse'],
		contacts: [
			{ kind: 'tel', value: '+448082000247', label: '0808 2000 247' },
			{ kind: 'web', value: 'https://www.nationaldahelpline.org.uk' }
		],
		hours: '24/7',
		source:
			'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
		checked: '2026-11-22'
	},
	{
		// Run by Rape Crisis England & Wales; for people aged 16+ in England and Wales. Phone and online chat;
		// the phone number was not found on a stored page, so only the website is listed.
		id: 'gb-rape-crisis-support-line',
		country: 'GB',
		name: 'Rape and Sexual Abuse Support Line (Rape Crisis England & Wales)',
		topics: ['sexual-violence'],
		contacts: [{ kind: 'web', value: 'https://247sexualabusesupport.org.uk' }],
		hours: '24/7',
		source: 'https://247sexualabusesupport.org.uk/faqs/',
		checked: '2026-11-22'
	},
	{
		id: 'gb-samaritans',
		country: 'GB',
		name: 'Samaritans',
		topics: ['crisis'],
		contacts: [
			{ kind: 'tel', value: '116123', label: '116 123' },
			{ kind: 'web', value: 'https://www.samaritans.org' }
		],
		hours: '24/7',
		source:
			'https://samaritans.org/branches/coventry/coventry-branch-news/coventry-samaritans-will-be-open-usual-over-christmas',
		checked: '2026-11-22'
	},
	{
		id: 'gb-shout',
		country: 'GB',
		name: 'Shout 85258',
		topics: ['crisis'],
		contacts: [
			{ kind: 'sms', value: '85258', label: 'Text SHOUT to 85258' },
			{ kind: 'web', value: 'https://giveusashout.org' }
		],
		hours: '24/7',
		source: 'https://giveusashout.org/about-us/safeguarding-children-and-young-people/',
		checked: '2026-11-22'
	},

	// Ireland
	{
		// A police line for reporting (confidential), not a support service. No hours on the source.
		id: 'ie-garda-confidential-line',
		country: 'IE',
		name: 'An Garda Síochána (Garda Confidential Line)',
		topics: ['trafficking'],
		contacts: [{ kind: 'tel', value: '1800666111', label: '1800 666 111' }],
		source:
			'https://www.garda.ie/en/about-us/our-departments/office-of-corporate-communications/news-media/news-archive/world-day-against-trafficking-in-persons-30-7-20.html',
		checked: '2026-11-22'
	},
	{
		// National Rape Crisis Helpline, run by the Dublin Rape Crisis Centre. Also https://drcc.ie/news-resources/christmas-can-be-difficult-and-lonely-time-but-support-is-th
		id: 'ie-rape-crisis-helpline',
		country: 'IE',
		name: 'Dublin Rape Crisis Centre (National Rape Crisis Helpline)',
		topics: ['sexual-violence'],
		contacts: [
			{ kind: 'tel', value: '1800778888', label: '1800 77 88 88' },
			{ kind: 'web', value: 'https://www.drcc.ie' }
		],
		hours: '24/7',
		source: 'https://gov.ie/ga/an-roinn-dl%C3%AD-agus-cirt/poist-pholasai/sexual-violence',
		checked: '2026-11-22'
	},
	{
		// 116 123 in the Republic of Ireland. Hours: the Samaritans UK source (same organisation and number) says
		// 24 hours a day, every day of the year.
		id: 'ie-samaritans',
		country: 'IE',
		name: 'Samaritans',
		topics: ['crisis'],
		contacts: [
			{ kind: 'tel', value: '116123', label: '116 123' },
			{ kind: 'web', value: 'https://www.samaritans.org' }
		],
		hours: '24/7',
		source:
			'https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey',
		checked: '2026-11-22'
	},
	{
		// The 24/7 National Freephone Helpline; the number is on https://www.womensaid.ie/about/newsevents/news/2009/11/30/supporting-a-friend-sinead-desmond-launches-the-wo/
		// Both pages are old (2009, 2016): recheck.
		id: 'ie-womens-aid',
		country: 'IE',
		name: "Women's Aid",
		topics: ['domestic-abuse'],
		contacts: [
			{ kind: 'tel', value: '1800341900', label: '1800 341 900' },
			{ kind: 'web', value: 'https://www.womensaid.ie' }
		],
		hours: '24/7',
		source:
			'https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/',
		checked: '2026-11-22'
	},

	// Saudi Arabia
	{
		// Run by the Ministry of Human Resources and Social Development (Family Protection Department).
		id: 'sa-domestic-violence-reporting-center',
		country: 'SA',
		name: 'Domestic Violence Reporting Center',
		topics: ['domestic-abuse'],
		contacts: [{ kind: 'tel', value: '1919', label: '1919' }],
		hours: '24/7',
		source: 'https://hrsd.gov.sa/en/node/767581',
		checked: '2026-11-22'
	},

	// Tunisia
	{
		// Ministry of Women's green line for reporting violence against women. The source announced 24/7 hours as
		// "coming soon", so no hours are given: recheck.
		id: 'tn-ligne-verte-1899',
		country: 'TN',
		name: 'Ligne verte 1899 (Ministère de la Famille, de la Femme, de l’Enfance et des Personnes âgées)',
		topics: ['domestic-abuse'],
		contacts: [{ kind: 'tel', value: '1899', label: '1899' }],
		source: 'https://www.femmes.gov.tn/?p=10548',
		checked: '2026-11-22'
	},

	// United States
	{
		id: 'us-988-lifeline',
		country: 'US',
		name: '988 Suicide & Crisis Lifeline',
		topics: ['crisis'],
		contacts: [
			{ kind: 'tel', value: '988', label: '988' },
			{ kind: 'sms', value: '988', label: '988' },
			{ kind: 'web', value: 'https://988lifeline.org' }
		],
		hours: '24/7',
		source:
			'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
		checked: '2026-11-22'
	},
	{
		id: 'us-national-domestic-violence-hotline',
		country: 'US',
		name: 'National Domestic Violence Hotline',
		topics: ['domestic-abuse'],
		contacts: [
			{ kind: 'tel', value: '+18007997233', label: '1-800-799-SAFE (7233)' },
			{ kind: 'sms', value: '88788', label: 'Text START to 88788' },
			{ kind: 'web', value: 'https://www.thehotline.org' }
		],
		hours: '24/7',
		source:
			'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
		checked: '2026-11-22'
	},
	{
		// Operated by Polaris. English or Spanish, and 200+ more languages by interpretation.
		id: 'us-national-human-trafficking-hotline',
		country: 'US',
		name: 'National Human Trafficking Hotline',
		topics: ['trafficking'],
		contacts: [
			{ kind: 'tel', value: '+18883737888', label: '1-888-373-7888' },
			{ kind: 'sms', value: '233733', label: '233733' },
			{ kind: 'web', value: 'https://humantraffickinghotline.org' }
		],
		hours: '24/7',
		languages: ['en', 'es'],
		source: 'https://humantraffickinghotline.org/about-us/what-we-do',
		checked: '2026-11-22'
	},
	{
		// Run by RAINN. Also https://rainn.org/get-help/national-sexual-assault-hotline (1.800.656.HOPE).
		id: 'us-national-sexual-assault-hotline',
		country: 'US',
		name: 'National Sexual Assault Hotline (RAINN)',
		topics: ['sexual-violence'],
		contacts: [
			{ kind: 'tel', value: '+18006564673', label: '1-800-656-HOPE (4673)' },
			{ kind: 'web', value: 'https://rainn.org' }
		],
		hours: '24/7',
		source: 'https://span.state.gov/social-development/sms-sos/20140901',
		checked: '2026-11-22'
	}
];
