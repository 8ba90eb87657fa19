"""The matcher's test sets inside the projects their descriptions came from: how many
contracts are weaker than the label, with and without the project's evidence?

For the entries whose source is a FastAPI app pinned in their set's header (dstack and OPAL in
``tests/matching/unseen_set.yaml``; glances and bitcart in ``tests/matching/twelfth_set.yaml``;
yeti, SuperAGI, SurfSense, openreplay and AgentGPT in ``tests/matching/fourteenth_set.yaml``;
keep, private-gpt, mem0's server and gpt-researcher in ``tests/matching/fifteenth_set.yaml``;
papermerge-core and ayon-backend in ``tests/matching/eighteenth_set.yaml``; endurain in
``tests/matching/nineteenth_set.yaml``; R2R, morphik-core and cognee in
``tests/matching/twentieth_set.yaml``; airweave in ``tests/matching/twentyfirst_set.yaml``;
Spoolman in ``tests/matching/twentythird_set.yaml``; reviro_intership_back_teamB in
``tests/matching/twentyfourth_set.yaml``; every entry of
``tests/matching/twentysixth_set.yaml``, from backend-dst, coopwise, Imobly's Backend, Cooking,
payetonkayamspr, tiled, martapi and netpalm; and every entry of
``tests/matching/twentyseventh_set.yaml``, from fastapi-yt, fastapi-octopos, FastAPI-Keepa,
fastapi-mbg, ukrdc-fastapi, RavensPedia, privexbot and saathii_backend_fastapi; and every entry
of ``tests/matching/twentyeighth_set.yaml``, from backend_fastapi, DZ_fastapi, eventx,
adaptive-flashcards, notivae, Shvatka, mediamanager and oshkelosh_fastapi; and every entry of
``tests/matching/twentyninth_set.yaml``, from fincubes-fastapi, DMS_fastapi, Hotong_Fastapi,
cautod_fastapi, vaidya-vihar-diagnostic, Movigo, Safos-Backend and weslei-bassotto; and every
entry of ``tests/matching/thirtieth_set.yaml``, from Flohmarkt, babytroc, bookmate,
Gcinside-Backend-Fastapi, NGM_FastAPI, wirecloud-fastapi, nebulabuds_fastapi and
uretim-takip-sistemi; and every entry of ``tests/matching/thirtyfirst_set.yaml``, from
Cafino_Backend, aces_fpl, barbershop-backend, e_university_api, Swipe, taskin-gilam, pawbase-api
and toshmi_backend; and every entry of ``tests/matching/thirtysecond_set.yaml``, from
abaysystems, aquarius, Bolao, kyakhaoapi, osonpay-backend, worktrack, velora and sieshka; and
every entry of ``tests/matching/thirtythird_set.yaml``, from alphawing-cmyk's api,
api-biblioteca-universitaria, chaai-fastapi, FASTAPI-HEALTHCARE, Pathfinder, SCFMS,
tangawisa_backend and vami; and every entry of ``tests/matching/thirtyfourth_set.yaml``, from
Carryitrentals, enteserver, fisher-fans, Cinemas, ntawuzumunsi, parcelpoint, Yasta and zariz;
and every entry of ``tests/matching/thirtyfifth_set.yaml``, from Bazy-danych-II, eAtfal-1.0,
inventory-backend, angelhouslistingbackendapis, VPN-backend, realty-backend, rezerver and
ProwlingFox; and every entry of ``tests/matching/thirtysixth_set.yaml``, from gfd-backend-,
F1-api, apex-backend, flowcare-backend, petique-app, modernizacao-manejo-api, taleem-backend and
xpacio-backend; and every entry of ``tests/matching/thirtyseventh_set.yaml``, from azan-api,
dispohub, hassanpharmacy, loyihaofisi_fastapi, travellito, sqippy, roadbogo-api and
medina_autodiag; and every entry of ``tests/matching/thirtyeighth_set.yaml``, from joeyjones,
eigokit_backend, Ferreteria-Adrialga-C.A., ferremas, sterling-fastapi-backend,
YTRC-FastAPI-Backend, skeduluk-backend-fastapi and moa-backend-fastapi; and every entry of
``tests/matching/thirtyninth_set.yaml``, from itoktok-fastapi-backend, byonco-fastapi-backend,
Bobcat_FastAPI_app, backend_FastAPI_LYP, pamsimas and RM-bener; and every entry of
``tests/matching/fortieth_set.yaml``, from CSESE-API, centro-cinofilo, xilfa-impera, baitak,
pharmapp, mbe-api, libraclub and oficina-mecanica-fastapi; and every entry of
``tests/matching/fortyfirst_set.yaml``, from ayatiworks-backend-fastapi, scae,
dnpeng-backend-fastapi, FonoApp, Kortex, News-FastAPI, ozelders and quiz-system; and every entry
of ``tests/matching/fortysecond_set.yaml``, from ITAM-hack, LocalServiceMarketplace's gateway,
Law_Platform_Backend, inquizitor, salon-gbp-system, social-platform-fastapi-backend,
flotrafic-fastapi-backend and conexao_rural; and every entry of
``tests/matching/fortythird_set.yaml``, from rhino-hospital-kiroween, job-haunt-fastapi-backend,
lu-fastapi-backend, job-vacancy-fastapi, automated-accounts-payable, auctionweb,
blood-donor-system and EduLife_second_miscro's EduLife_auth; and every entry of
``tests/matching/fortyfourth_set.yaml``, from learningcenter_fastapi_backend,
Nisarg-TradeLab-Backend-FastAPI, monitor-backend-fastapi, NGD-website-backend-FastAPI,
helpdesk_app, HaulIQ, fantasy-5aside and Emory_backend; and every entry of
``tests/matching/fortyfifth_set.yaml``, from quitanda-backend, prestamos-gota-a-gota,
medora-backend, OnlyFounders, Conference__Platform, School-Hostel-Enterprise-API,
top-decked-backend and tourism_guide_fastapi; and every entry of
``tests/matching/fortysixth_set.yaml``, from keneyapp, kmgroup, OdontoHub, rentals-sdk-back,
COOPERATIVE-PACS-SOCIETY, dental-portal-backend, driverhub-backend and ERP-System-backend; and
every entry of ``tests/matching/fortyseventh_set.yaml``, from OnlineAuction, parcella, RakeFlow,
repensar-multiplatform-backend, aada_lms, BINI-transient-sys, BMM-POS and sacco_system; and
every entry of ``tests/matching/fortyeighth_set.yaml``, from Klikava_Backend, Quan-Ly-Nhan-Su,
receta-facil-backend, rent-ease, gel-invent, Salvio_Backend, slotTime_api and
vibegarage-backend; and every entry of ``tests/matching/fortyninth_set.yaml``, from
legacy_academy-backend, loan-servicing, mirfa_transport, rental-manager-backend, Booklet,
communityexpress-api, hrm-sf-be and TruckBack's Backend; and every entry of
``tests/matching/fiftieth_set.yaml``, from AMS-v1-backend, AstrynoxERP-backend, CarWash-Website,
common-artist, gated-community-system, hostel-management-system, lifarando_backend and
local-services-backend; and every entry of ``tests/matching/fiftyfirst_set.yaml``, from
mis_nephrology, negociAppBe, platelinkbackend, racketek_backend, Saas-Backend,
Tiwari_Hospital_Management, Vehicle_Rental and Workshop-ERP-BE; and every entry of
``tests/matching/fiftysecond_set.yaml``, from kuilinga-backend, opabackend, pilates,
rent-desk-api, clinic-crm, ServiceHub-Service-Booking-Management-System, syriasuperapp's Stays
service and TravelBNB-BACKEND; and every entry of ``tests/matching/fiftythird_set.yaml``, from
IdecapLMS, medico24-backend, MindMate, psi-school-cms, echobyte, HotelAPI,
School-Task-and-Attendance-System and TicketingSystem; and every entry of
``tests/matching/fiftyfourth_set.yaml``, from auto_dealer_crm, booksmart_backend, AlphaSync,
dreambig-real-estate-platform, GhanaXplore, ghani-school-backend, HealthHubBackend and
IA-Tour-Algerie; and every entry of ``tests/matching/fiftyfifth_set.yaml``, from
pharmaos-backend, movesaathi-backend, nemsas-backend, mediflow, saas-boardingschool-backend,
school_backend, SocratesTenis_BackEnd and TamGam; and every entry of
``tests/matching/fiftysixth_set.yaml``, from campulse-backend, ebodha, EduStream,
Event_Management_System_FastAPI, GigVault_backend, gestiontaller-backend, hc_backend and hrm;
and every entry of ``tests/matching/fiftyseventh_set.yaml``, from mindrobo-api,
pacsflow-appointments, OneTwentyBackend, prontivus-backend, siscom-admin-api, WorkTime-Sync,
savdogar and total-keepers-be; and every entry of ``tests/matching/fiftyeighth_set.yaml``, from
api_coddy_crm, BJX-Atlas-Api, CareerForge, FindMyNyumba, JMSK-Backend, lms-be, hs-backend and
lms-backend; and every entry of ``tests/matching/fiftyninth_set.yaml``, from ruggylab-os,
q-crm-backend, nathanael-batera, paylink-backend, StudentManager, SBT, Wave-Glider-Buddy-System,
SIIRH and shipment-tracker-api; and every entry of ``tests/matching/sixtieth_set.yaml``, from
africa-soko-backend, awakynn-backend, CSEDU-backend, EduVerse-AI-main-backend, LibSoma,
graphitech-academy-backend, Kenjaflex and Hms_finalrepo; and every entry of
``tests/matching/sixtyfirst_set.yaml``, from nrep-backend, Propvista-backend, skolanova_api,
Resto_Manage_Backend, otoservis-web, tutorhub, saas-erp-ims, tatuasasa-backend,
Smart-Inventory-Forecasting-Platform, tutor-student-server and warehouse_system; and every entry
of ``tests/matching/sixtysecond_set.yaml``, from Clearrun, calculator-backend, cookieflix,
buddy-api, benefits_backend, hospitalbackend, Hash-project, hospital_management_system,
HostelPulse-API-v1 and library-backend-project; and every entry of
``tests/matching/sixtythird_set.yaml``, from project-O2-backend-, manhattancomfortcrm_backend,
nestlio, marketplace, server-hrms, suyay-events-backend, stealth and SAP-Procurement-System; and
every entry of ``tests/matching/sixtyfourth_set.yaml``, from BillingFtthV2, FacilityFixBackend,
afrikalytics-api, bazar-backend, H-R, hrms, ignyt-erp and kaayu_manager; and every entry of
``tests/matching/sixtyfifth_set.yaml``, from parking-management, ourschool,
milk-distribution-management_AI, papermansolutions, ndorome-ims, smart_parking_s, Umeed-AI,
sungano-api, SplitAppBackend and UzRock; and every entry of
``tests/matching/sixtysixth_set.yaml``, from clinic-api-2p, devtrack, Backend_Barberia,
bbg_backend, Accounting-System-, gbyke_erp, giftly_backend, gym-erp and lexis-backend; and every
entry of ``tests/matching/sixtyseventh_set.yaml``, from milla99-backend, opencrags-rest-api,
novasell_project, 081-system, optivlivebackend, ZetaNet, timesheet-backend, tabula-backend,
SmartLib-Backend and SafeRide-Backend; and every entry of
``tests/matching/sixtyeighth_set.yaml``, from PetConnect, ecommerce-backend,
ptc-alcaldias-backend, gastropilot-backend, halcones-platform, kasi-fiber-deployment-management
and jusfinn-services; and every entry of ``tests/matching/sixtyninth_set.yaml``, from
nightdriver-app, real-estate-property, Real-Estate-Rental-and-Tenant-Management-System,
Railway-Backend, Rugano-locking-system, vbs-os, yixuan, sentribid-backend, Verktorg and
SmartZno_Manager_backend; and every entry of ``tests/matching/seventieth_set.yaml``, from
ADHERA, AT-Backend, aurelia-backend, d-transfert-backend, CampuSupport, HRM-FastApi, hr-backend,
lms-stg, food-bank and Hr_App_BE; and every entry of ``tests/matching/seventyfirst_set.yaml``,
from pretexi_backend, ride_by_my_idea, pet_transport_fastapi_bakend, Proyecto_Relatorio,
Stockbite, SmartAttendBackend, trcf_lms_backend, trackflow and zukkor_backend; and every entry
of ``tests/matching/seventysecond_set.yaml``, from nexus_backend, Inventory-Sys,
event-management-system, ecommerce-fastapi-backend, booking-app, fixion-platform, lazeims-core,
kx-exam-system-backend, Integrated-Patient-Care-Management-System and grs-backend; and every
entry of ``tests/matching/seventythird_set.yaml``, from Quality-KPI, reitlermanagementbe,
mediventory-api, NakatomiCRM, sarc360-backend, sas_backend, smart_bhopal_backend and turizm; and
every entry of ``tests/matching/seventyfourth_set.yaml``, from CRM--CYNERZA, bch-backend,
employee-account-manager, ecommerce-platform, course-enrollment-capstone-api,
football-league-ms-v2, GerniApi, inspection-checklist and kindergarten_app; and every entry of
``tests/matching/seventyfifth_set.yaml``, from
REACT-Curio-Cloud-Based-Quiz-System-FastApi-Backend, risetnesia-tryout-fastapi-react,
Pizza-eaters_FastApi-Project, react-fastapi-app, Poultry-management-backend,
Universe----Backend, tsh-erp-system, substrate-backend, vzaemodiia, taskhub-python-demo and
ss_payroll; and every entry of ``tests/matching/seventysixth_set.yaml`` but hotel-fastapi's (an
app of four top-level folders and no package to name), from Epic-Ecommerce-FastAPI,
blog-app-fastapi-react, crm-system-Fastapi-React, BlogAPI-FastAPI,
calorie-management-restapi-fastapi, FastAPI-Restaurant-Server, fastapi-inventory-management-api,
FastAPI_Hospital_Management, fastapi-task-manager, FastAPI-EventPLanning, fastapi-library and
fastapi-booking-platform; and every entry of ``tests/matching/seventyseventh_set.yaml``, from
my-fastapi-app, mealifast-api-fastapi, Project-Expense-Tracker-with-FastAPI-Backend,
MAPP-FastAPI-Backend, python-fastapi-user-management, project-management-system-fastapi,
wilbeth, TeamSheetAPIWebsite, ShiftDock_backend_sample, volunteer-hours-API-cw1, Workplan-api
and zdr-kpi-backend; and every entry of ``tests/matching/seventyeighth_set.yaml``, from
books-api-fastapi, Dater-backend-fastapi, Blog-API-FastAPI, BudgetApi-FastApi,
async_chat_fastapi, db-course-fastapi-app, fastapi-ecommerce-backend, fastapi-ecommerce-api,
HRMS_backend, Fresh-Breath-Therapy-dashboard-Server and learn-backend; and every entry of
``tests/matching/seventyninth_set.yaml``, from Python-fastapi-multiauth-uv,
online_cinema_fastapi_project, Python-FastAPI-MySQL-REST-API-Starter-main, python-fastapi-admin,
my_study_FastAPI, Webservarr, TekVwarho-ProAudit, zurys-webos, vending-machine-apis and
ticket-system-api; and every entry of ``tests/matching/eightieth_set.yaml``, from
Api-Contable-Fastapi, API_fastapi_gestion, ADRAB, crm_backend, hubbo, LabSense,
fast-api-stock-management, Logistics_management, FastApi and LabAssistant; and every entry of
``tests/matching/eightyfirst_set.yaml``, from menu_zen_back, pizzashop-api, rms-billing-backend,
Restaurant-App-Fastapi-Backend, OdooAdamas, TCMudah, TurkeyPOS, tenant-hub, TrackTeq,
shift-system, scopeops and SchoolSystemProject; and every entry of
``tests/matching/eightysecond_set.yaml``, from cargonaut, Custom-CRM, ClassFlow,
emobile-backend, bug-tracker-, atlas, agency-dash-Backend, hoa-backend-2.0, famu,
GrantFlow-Backend and hotel_managemen_fastapi; and every entry of
``tests/matching/eightythird_set.yaml``, from MediKeep, NILO-backend, msafiri-visitor-api,
poc-backend, multitenancy, tomatocr, Valid8-Project-Backend, trakr, Xaminator and
SGV_Gratus_Backend; and every entry of ``tests/matching/eightyfourth_set.yaml``, from
compensation-platform, clasico-backend, AB-testing-platform, E-Commerce-BE, controle-patrimonio,
fridgeradar_backend, logix_react, kreeda-backend, Hoku-Healthcare-Backend and localez; and every
entry of ``tests/matching/eightyfifth_set.yaml``, from repnex_backend, merlin, mrsw-rentconnect,
manjang-be, project-management-api, mutum-api, work_time_back, Safeops360-backend-v2,
urban-farming-backend and SkiTech-backend; and every entry of
``tests/matching/eightysixth_set.yaml``, from cloud-instance-scheduler, AutoJobApplyBackend,
atol-canopy, ApexChainx-Backend, freelancer-shield, fastapi-antd-admin,
FastAPI-Enterprise-Boilerplate, golfiq-backend and FestumAPI; and every entry of
``tests/matching/eightyseventh_set.yaml``, from planazo, project-management-system-backend,
Revozi_backend, ourway-backend, mentraflow-backend, SmartSell, sbms_engine, YoklamaSistemi.api,
zaria-serviceconnect-backend and townhall-panel; and every entry of
``tests/matching/eightyeighth_set.yaml``, from backend_collectivites_territoriales,
WakaAgenticAI's backend, baseballtour-backend, BlogBox-backend, budget-tracker,
Doctorcopilotfinal, car-rental-backend, crm-api-python and Carepath_backend; and every entry of
``tests/matching/eightyninth_set.yaml``, from ehs-compliance-platform, ForgeCommunicator,
Eterna-Home, e-room, Faith-Connect-Hub-v2, hunters-recruitment-system, kairix-crewops,
karzo-back and Hotel-Booking-Management-System; and every entry of
``tests/matching/ninetieth_set.yaml``, from livecode-backend, latente-cms, libre_libros_app,
mhike-school, MEDCHECK, nti-backend, powergym-back, planora-api, Next-Step-Backend and
openspace; and every entry of ``tests/matching/ninetyfirst_set.yaml``, from Sentinel-backend,
spiritual-gifts-backend, roster-back, saas-backend-fastapi, restifytwo, wms-mvp, tungtung-be,
Taper_be, wearify and timeflow-backend; and every entry of
``tests/matching/ninetysecond_set.yaml``, from Erepairing-source's backend, autolavados-backend,
Bunyodkor_FastApi, SebOpo's backend, corporate-helpdesk, dividi-FastApi, conflict-zero and
dreamcraft_backend; and every entry of ``tests/matching/ninetythird_set.yaml``, from emarentals,
examinal-backend, fit-genius, greenfund-backend, ExamManage-Backend, ketch-api, jobos,
jobs.backend, Hireflow and InterviewAI; and every entry of
``tests/matching/ninetyfourth_set.yaml``, from myfast-backend, moncap-api, learning_backend,
media-planner-infra, mvp_facturacion_dian, project-work-hours, nurture-bridge-tech-backend,
ohs-system and pfmea-api; and every entry of ``tests/matching/ninetyfifth_set.yaml``, from
school_ops_sv, SIMS-Lite-Backend, social-media-ai, SoulLineERP, tienda-virtual, vuchada_backend,
worldcupdna-backend, vigilyx and ws-backend-api; and every entry of
``tests/matching/ninetysixth_set.yaml``, from Jeanraymond601's api_backend, app_gr, DEDVO20's
backend-fastapi, Baspana-Group, caminho-da-fe-backend, chore-management-api, ClubConnect,
dental-api and dental-pms; and every entry of ``tests/matching/ninetyseventh_set.yaml``, from
evenly-backend-service, fast_dash, festisafe, glycogrit-backend, HiveRunr,
Interview-Scheduling-Candidate-Tracking-System-, iso_secure, ka-part and kb-backend; and every
entry of ``tests/matching/ninetyeighth_set.yaml``, from MengKeCloud, manage_oil_production,
leek-manager, MODULUX_BE, netro-ju-backend, olliev6, PetMaster-fastapi, POS-SYSTEM and
Property_Listing_API; and every entry of ``tests/matching/ninetyninth_set.yaml``, from
squinia-backend, SMART-ACCESS-API, sc-builders, sgg-api, VoteVictory_backend,
visagerent-backend, zamzam-api and ZebraRBAC; and every entry of
``tests/matching/hundredth_set.yaml``, from aibios, ai-capitalS-mvp, arete3,
adeo_hackathon_backend, Client-Chat-backend, cubularPyAPI, codefount-api, dynamic-assessment and
Colibri_Back; and every entry of ``tests/matching/hundredfirst_set.yaml``, from ewsd-backend,
future-erp, GymControl_API, General-Institute-System-Backend, ebms-fastapi,
hydrocarbon-accounting-backend-refactored, ideas-studio, invoice-saas and KYRO_NEW; and every
entry of ``tests/matching/hundredsecond_set.yaml``, from matchkash-backend, mifichamed-backend,
labpro, MCQ-Scanner-Backend, liga-platform, openbudget_backend, nzdpu, postgres-api and
online-examsys-backend; and every entry of ``tests/matching/hundredthird_set.yaml``, from
RHD-Estimation-backend, req-tool-be, seeztime, synctra_backend, Team-Empire-BOS-,
visora-backend, weather-flick-admin-back and zt-iam-fastapi; and every entry of
``tests/matching/hundredfourth_set.yaml``, from auction_and_bidding_platform_backend,
Biling-Software-Backend, Bidii_Server, AlefunPub, complais, crm-courier,
Customer-Engagement-Platform and dental-care; and every entry of
``tests/matching/hundredfifth_set.yaml``, from aquapurite's ERP, ec-action-tracker, ERP-PosNAW,
Greenlink, HAH, hercux-admin, HomeSIEMapi, hospital-monitoring-system and JQ; and every entry of
``tests/matching/hundredsixth_set.yaml``, from ledgerbackendd, linc-backend, MiFincaManager,
moss-and-legal, platform-backend-v2, newgwsh, naviora-blue-stratum and osiris-inventario-be; and
every entry of ``tests/matching/hundredseventh_set.yaml``, from rm-backend, sfoacc-db-backend,
SatoApp, saleszy-v2-backend, ScheduleService, the-campus-backend, tonde-backend-,
utility-meter-backend, voice-agent-api and wit; and every entry of
``tests/matching/hundredeighth_set.yaml``, from ai-retail-backend, arkon, backend-dev,
api-backend-parroquia, AuthVault, CEMS_2025, docuaction-backend, comodo-master-backend,
IndusSSS's cloud and comet-assesment; and every entry of
``tests/matching/hundredninth_set.yaml``, from Eduqate, geo-sensor-backend,
ezzy_traders_backend, E-diary, GAA_ERP_BE, hub_backend, HealthPA, iticket, Kin-CRM and kriy; and
every entry of ``tests/matching/hundredtenth_set.yaml``, from lumefy, LL, lesovik, Leafleter,
nano-vault, nocode-builder, payspyre-backend and Pepoapple; and every entry of
``tests/matching/hundredeleventh_set.yaml``, from Saudi_Law_Vision, STAIL,
Secure_file_sharing_System, smsBackend, SmartHospitalBackend, Therefore-Report-Generator,
third-party-risk-questionnaire, xfer-backend and xhs; and every entry of
``tests/matching/hundredtwelfth_set.yaml``, from api-dev-portal, AutoCRM, API-SICARX, api-gym,
backend-village-survey, dino-backend, Ctrls-API, conformeo-backend, deskhive and census; and
every entry of ``tests/matching/hundredthirteenth_set.yaml``, from Express-Repair-3,
elearn-backend, finasist, gestao, Health-Management-Assistant, HideSync_Backend,
hog-attendance-api and khoros-ai-care-expert-api; and every entry of
``tests/matching/hundredfourteenth_set.yaml``, from loyaltybackend, mundo-auto,
musically-backend, mij-api, plus-backend, portail_socrate, personal-space-be, PetPal-backend and
peerrank; and every entry of ``tests/matching/hundredfifteenth_set.yaml``, from Room-Zoome,
raadi-marketplace, sdmodels_backend, swift-study-box-be, TAXI-NEW, vismay-pavos-core, wanda-back
and wespeakbackend2; and every entry of ``tests/matching/hundredsixteenth_set.yaml``, from
AMA-server, AssetFlow, akashi-api, BE-Ujikom-EO, SooshIT's Backend, careview-api,
codessnipetsFastApi, CoCoIRU and device_management_backend; and every entry of
``tests/matching/hundredseventeenth_set.yaml``, from FantasyF1_BE, fantasy-golf-backend,
fifa-rivalry-tracker, fortexa-backend, green-draft-be, inverum, karp-backend, kpidash_backend,
Internship-Recommendation-and-Tracking-System and infoDriver_b; and every entry of
``tests/matching/hundredeighteenth_set.yaml``, from loka-restApi, lokiz, metastream,
minecraft-server-manager, offercare-backend, pos-server, procurement and propelsync; and every
entry of ``tests/matching/hundrednineteenth_set.yaml``, from real-estate-intelligence-platform,
schoolmanagementsystem, shareyourspace-backend, snsd-backend, trustfabric, vet-clinic-be,
uncle-joes-api, volunteers-py and tksolutions-webapp-backend; and every entry of
``tests/matching/hundredtwentieth_set.yaml``, from ai-literacy-platform, art-api, ai_recuitment,
AIseek, DHAPP-BACKEND, CLOUD-WINPOL-BACKEND, dine-dash-fastApi, dems_backend and
c9digital-backend; and every entry of ``tests/matching/hundredtwentyfirst_set.yaml``, from
egp-ims, FASS-FLOW-BACKEND, Enterprise-FastAPI-Advanced-API-Platform-EFAP-,
Glimmora_GWR_Backend, challengeer's fastapi-backend, hme-fact, Horizon-Archives, indoc-app and
Kwanpa-Health-Service; and every entry of ``tests/matching/hundredtwentysecond_set.yaml``, from
municipality-unique-code-demo, madate-vault, mora_comercial, Lead, mentormind-ai,
practice-backend, obtree, osa-backend and pandaprobe; and every entry of
``tests/matching/hundredtwentythird_set.yaml``, from Snap_Solutions_ERP_Backend, SecureLens,
SolomonBE, rutasLogisticas, sanctuary-api, uni-back, waypoint, youspeak-backend, Wasel_pal and
Travel-App-Backend; and every entry of ``tests/matching/hundredtwentyfourth_set.yaml``, from
Accreditation_system, appoinment_backend, 2026-Summer-Techeer-Bootcamp-A's backend,
2025Capstone's Backend, Bit24ImpulsaBackEnd, climbe-api, cooperative_connect, DentalDesk,
Dinamica-Budget, dpa_BE and duopen-back-end; and every entry of
``tests/matching/hundredtwentyfifth_set.yaml``, from Financial-Notification-Platform,
fincompass, Evaluate-yourself-Ai, finance-tracker-backend, ivy-payment-gateway,
healthgrid-hce-backend, jaratrade-api, invoice-app and insurancereportservice; and every entry
of ``tests/matching/hundredtwentysixth_set.yaml``, from maslul-v3, luxestate_be,
mindacuity_backend, Medicine-Delivery, medmatch-backend, onboarding-backend, omni-parse,
patabasefitibackend, plataforma-proyectos-ia and practice-booking-system; and every entry of
``tests/matching/hundredtwentyseventh_set.yaml``, from RailoEgypt, smart-recipe-finder-backend,
security-platform, reserva-tenis, seharta-backend, Workspace-App,
Unified-Multi-Agentic-AI-Platform-for-Dev-Colab-Backend, VideoNote, truthpage and
To-do-list-team; and every entry of ``tests/matching/hundredtwentyeighth_set.yaml``, from
ApartIo, api-be-card, MasjidKoi's backend, AKCNBackEnd, CoreOps-Platform, corporate-backend,
DirectStock and control_inventarios; and every entry of
``tests/matching/hundredtwentyninth_set.yaml``, from factory-pms, Education-CRM,
financial_analysis_system, fastapi-starter, event-aggregator, hacksphere_main, HopeAidBackend,
Hare and hermanprompt-admin-tool; and every entry of
``tests/matching/hundredthirtieth_set.yaml``, from land-intelligence-backend, licencia-backend,
Matrix-bd, mylocalmasjid_api, Looks-Lab-Backend, NYSC-backend, OmniTrackr, Padel-tracker,
PromptxlEnterprises-backend and ping-server; and every entry of
``tests/matching/hundredthirtyfirst_set.yaml``, from Supervision-APIs, scholly-backend,
quiz-quest-courses-backend, studiamo, transparency-kenya, workmate-access, userverse and umay;
and every entry of ``tests/matching/hundredthirtysecond_set.yaml``, from ack.project.plus,
backend_linafp, BI_Solution, Grosint's backend, ContemplaHubBack, clmstore-backend, den_server
and dsw-backend; and every entry of ``tests/matching/hundredthirtythird_set.yaml``, from
Event-Planner-API, ecshape, FitProGymBackend, futbol-mvp, hockey_level_up, imobicrm, innovaget
and JLTamp-server; and every entry of ``tests/matching/hundredthirtyfourth_set.yaml``, from
oee-lite-backend, nomad-pi, plat_v1.0, py-hse-monitoring, landmarque, lito-backend,
marketing_analystics and miutifin-backend; and every entry of
``tests/matching/hundredthirtyfifth_set.yaml``, from TinderForNerds-Backend, Trading-nexus-v2,
unistayapi, Volunteer-WCT-Backend, sokoni-africa-app, requirement-master and rcq-server-ref; and
every entry of ``tests/matching/hundredthirtysixth_set.yaml``, from construction_crm,
contract_tracking, crm-viet-backend, crmtool, apflow-backend, ArenaroadX, AstMan and
budget-buddy; and every entry of ``tests/matching/hundredthirtyseventh_set.yaml``, from
Hotel-back, Infecsure_V1, Institute_manager, insureflow, FuseLMSback, GameMarket-backend,
gest_five-api and groundctl; and every entry of ``tests/matching/hundredthirtyeighth_set.yaml``,
from nutri_box-backend, Onbozor, Pasticcio, portfoliomanager, LabelLLM, mcp-context-forge,
MediaFusion and MoviePilot; and every entry of ``tests/matching/hundredthirtyninth_set.yaml``,
from Sales_App_Backend, restaurant-operation, soundscore-api, reviewbot, trackpal, Verigo1,
whombat and Yuxi-Know; and every entry of ``tests/matching/hundredfortieth_set.yaml``, from
babile-soccer-backend, airline, API_AUTH_GAMES, beezent_api, credFluence_Backend,
clarum-healthcare-admin-backend, clinic-bot and Credit-Card-System; and every entry of
``tests/matching/hundredfortyfirst_set.yaml``, from eigent, fileglancer, flowsint,
fudi-lead-lab-backend, honcho, hummingbot-api, iacm-backend and kinit; and every entry of
``tests/matching/hundredfortysecond_set.yaml``, from leapfrogai, lightspeed-stack, lilac,
mlflow-oidc-auth, nexhealth-backend, onebrain, patch-manager-backend and PrepVista-AI; and every
entry of ``tests/matching/hundredfortythird_set.yaml``, from qa_admin_backend, Qu-n-l-kh-a-h-c,
quotation-invoice, restaran-backend, tabbyAPI, tax-god-super-agent-copilot, KARIVARI-UGANDA's
webapp and Goon981's whatsapp; and every entry of
``tests/matching/hundredfortyfourth_set.yaml``, from AccHelperBack, criticomida-backend, CIVCON,
buddybug-bedtime-stories, garudar-backend-final, HolaRide-API-V2, lighthubcustoms and
milevault-backend; and every entry of ``tests/matching/hundredfortyfifth_set.yaml``, from
QRdasturxon, resto_dem, q-aura-atendimentos, PIM-BE, Sheda-Backend, toYuseong-BE, WBCHEKCER and
webmypham_API; and every entry of ``tests/matching/hundredfortysixth_set.yaml``, from
api-smart-savings, Class-Echo-Backend, dorismon-api, flipkart_backend, Genverse-backend,
Guidxus-main, handy-backend and legacy-hub-crm; and every entry of
``tests/matching/hundredfortyseventh_set.yaml``, from notdienstplaner, organizador-financeiro,
Private-School, qaplain_api, Skillmap, scandy-lite, School-Mangment-System and sihbackend; and
every entry of ``tests/matching/hundredfortyeighth_set.yaml``, from Backend_Sales_Sync,
FieldFlow-v2, chatbucket_b2b_backend, fsu-cci-dashboard-backend, GestionaleCloud, hostal,
IcebergTTX and meeting_overseers; and every entry of
``tests/matching/hundredfortyninth_set.yaml``, from Nowry-API, PfotencardBackend,
portal-ia-docker, qunkong, Tabys, umkm_omnichanel, uni-volunteer-scheduler and SainandaG's
website; and every entry of ``tests/matching/hundredfiftieth_set.yaml``, from FlowOS, Client360,
Bionex-Backend-Python, farah_sys, pariksha-path-backend, powerfieldmanager, PrimarySchoolExam
and renown-api; and every entry of ``tests/matching/hundredfiftyfirst_set.yaml``, from
GeneralDatingBackend, lawa-scouts-platform, librhub, MoirAI, shopbd-backend, StreetArtBack,
vaccination-backend and wriveted-api; and every entry of
``tests/matching/hundredfiftysecond_set.yaml``, from apip-api, Autostock, backend-zod,
crm-collector, nft_platform_backend, ostrichai, outreachjob and pesapips-backend; and every
entry of ``tests/matching/hundredfiftythird_set.yaml``, from Gist_backend,
God-Lion-Seeker-Optimizer, goutruckme-api, invisible-mechanics-application-backend, SetId,
shadow_block, statementscrub and together-app-backend; and every entry of
``tests/matching/hundredfiftyfourth_set.yaml``, from Agentick-BE, Aponti-Backend,
FinRisk-Backend, focus-flow-server-v1, nobleedgeapi, picksportplus, Playonstars1 and rallypoint;
and every entry of ``tests/matching/hundredfiftyfifth_set.yaml``, from gotaxi-backend,
mover-backend, MyMentorFinal, MyPortal, Slottly, TryStyle_back, skillfort-lms-backend and
smilein_api_deployed; and every entry of ``tests/matching/hundredfiftysixth_set.yaml``, from
Aura_spa_Backend, bandami-backend, CarbonLedger, DriveLaw, opinion-market, phila-backend,
PP_backend--by-Jaa and QCMB-backend-api; and every entry of
``tests/matching/hundredfiftyseventh_set.yaml``, from jobsearch, kasigsm_backend, KiddanApp,
logika-erp, tutoring-management-system, synkventory, samvit and sparknode; and every entry of
``tests/matching/hundredfiftyeighth_set.yaml``, from fleet-rider-management, market-place,
bytepit-api, civic-mirror, pharmasight, recruitpro-codex, malishaedu-ai-agent-backend,
mci-platform, huntbackend, Jokroup-FastAPI, vintagestory-server,
Vendor_Invoice_Intelligence_Platform, SaaS-Group and salary-management-system; and every entry
of ``tests/matching/hundredfiftyninth_set.yaml``, from afrimail-backend, ai-academy-backend,
airecruiting, AI-powered-barista-BE, agent-comms, inventory-management-system-api, LessionMath,
Job-filters-backend and genolens-backend; and every entry of
``tests/matching/hundredsixtieth_set.yaml``, from quizik, Portfolium, PraxisDoktor, QuestBoard,
Novamedika-LTS, Vehicle-Desk-System, ViveParche, shahroo and tempus; and every entry of
``tests/matching/hundredsixtyfirst_set.yaml``, from auditforge, astranum, clarity-engine,
dialexus-chat, AAkar, gokomu-online, gugu-gaga-, hospital-ai-assistant, JullsJewels and
LabManager; and every entry of ``tests/matching/hundredsixtysecond_set.yaml``, from MatchMe,
mtg-market-intel, polynex, OpenTerminalUI, sweezy, slodi, SteamMates, smartbillr and
sportsleague-argo; and every entry of ``tests/matching/hundredsixtythird_set.yaml``, from
TrackMate, znapfile, SelfMind-Pro, rojgar, TradeMeter, kajovo-hotel-monorepo, Kalma, ITEMPLOYEEZ
and Integrated-HR-Administrative-System; and every entry of
``tests/matching/hundredsixtyfourth_set.yaml``, from MaiMaiNotePad-BackEnd, Paryllel-Backend,
OurHike, ReleaseRadar, Syncle, secondhand-marketplace, sitetracker-v2, small-business-system and
sales-IQ; and every entry of ``tests/matching/hundredsixtyfifth_set.yaml``, from
Auralis_Interiors, BoilerPickup, DuvarSanatPub, Fintech-Project, gastro-registry, geovision,
huantou, Jobhub and lias-platform; and every entry of
``tests/matching/hundredsixtysixth_set.yaml``, from PickaloApp, oneqlick-backend, NextVendors,
open-relay, TrackRate, StellArts, Tourpie, thrivehub and tutorconnect; and every entry of
``tests/matching/hundredsixtyseventh_set.yaml``, from carlink, funda-connect, cyber-vault,
AUTOLOCO, kipar, glam-by-lynn, localghost and km-m; and every entry of
``tests/matching/hundredsixtyeighth_set.yaml``, from rest-empire, Rentalink, padeltour,
OccaShare, Services-Renting-Platform, TaskIT, varuflow, WashApp and zenMove; and every entry of
``tests/matching/hundredsixtyninth_set.yaml``, from biblioexchange_ASD, CrocoJourney's backend,
car-dealership-tdd-kata, bookmyspot, api-barbearia, kidario, GuruBhet and joyida; and every
entry of ``tests/matching/hundredseventieth_set.yaml``, from moderate-platform-api,
Place-for-dinner, mcq-portal-backend, Recruiter-Portal-Backend-DDD, task-reward-system,
tareasdehogar, tennis-app and virtualnexo-backend; and every entry of
``tests/matching/hundredseventyfirst_set.yaml``, from buchhaltung, Church-booking-system,
Digi_Darshan, eduly_deploy, Foxinburg-EBOS, game_habits, H2-Kitchen, landten, lima-app and
lytherahub; and every entry of ``tests/matching/hundredseventysecond_set.yaml``, from reknir,
reelie, mathom, MyFamilyFit, Security-Workforce-Manager, support_care_app, santa-mailroom,
yesh_mishak and socshiftsystem; and every entry of
``tests/matching/hundredseventythird_set.yaml``, from ai-writerhub, Datathon-2026,
ComnopnetLibrary, agentsuite, edifymindsjs, Hall-Management-Portal, lifestyle-spaces,
juga-fulbito, KinCare and koryxa-services-ia; and every entry of
``tests/matching/hundredseventyfourth_set.yaml``, from meterinstallbackend, Munsccul,
nimblelims, maxqueryhub, RIZON, zariva-property-management, Venzap, Tenderflow, TutorApp and
studypair; and every entry of ``tests/matching/hundredseventyfifth_set.yaml``, from accountify,
AcadeMix, CheckNow-, clubsystem, G-hostel-, helledger, hommesestates, Khushi_school_system and
JiraJura; and every entry of ``tests/matching/hundredseventysixth_set.yaml``, from NivaAd,
modeloasist, Munda-Market, MedIQ, RecapVideo-AI, symbio.ai, WorkTrace, Smart-Hire-Ai,
SmartReimburse and universal-bi; and every entry of
``tests/matching/hundredseventyseventh_set.yaml``, from bondi, CTA_back, FaceTrack, AssistantAI,
fast-doc, Koaryu, KitchenOS, kuskul and local-produce-exchange; and every entry of
``tests/matching/hundredseventyeighth_set.yaml``, from management_company_service, Red_Social,
msk-chrono, N.E.S.T, starrocks-permission-manager, SOUNDHUB, smartcrm-backend, short-news and
xcargo; and every entry of ``tests/matching/hundredseventyninth_set.yaml``, from
CSE-2100-PROJECT, boladas-ponto-com, CampusApp, explorit, cfind-backend, gestao-cases,
GroceryCalc, life-dash, llm-course-backend and Groupe-GTI; and every entry of
``tests/matching/hundredeightieth_set.yaml``, from MercadoFacil, PMS-backend,
portal-usebeq-backend, recruitement-saas-back-end, restaurant_pos, TreeOfLifeExplorer,
WebApplicationDevelopment, Skill-Intelligence and weld-system; and every entry of
``tests/matching/hundredeightyfirst_set.yaml``, from admin_fundacion, charge-system,
Backend_Veterinaria, backendsicop, backend-1erP-SI2, jira_final_backend, GestionsMarch-s,
jkusabackend and healthcare_backend; and every entry of
``tests/matching/hundredeightysecond_set.yaml``, from monitra-backend, niza-isabela-pasteleria,
punto_venta, restaurante_mariscos_backend, violence-backend, Styxproxy, skaititaji,
Ultimate-Assistant-AI-Gateway-Backend and sentriqvision; and every entry of
``tests/matching/hundredeightythird_set.yaml``, from BarberSaaS, banco_mr, daetec-api,
argentum-backend, emsa-gestion-turnos-backend, lk_dstu, Handover_Voice_Summarizer,
immigration-workflow-management-system, JinpingmeiSoftwareDevelopment and HotelERP; and every
entry of ``tests/matching/hundredeightyfourth_set.yaml``, from manu-backend,
mcn_aprobaciones_backend, macuin, OrgCred, rueda-portfolio, mtr-compras, solagroup, toolid,
sitesync-api, secondtrack and WebServise; and every entry of
``tests/matching/hundredeightyfifth_set.yaml``, from ANWOODBACKEND, CERBERO, chronic_covid19,
FastApi-Sep, floreria-lucy-ecosystem, gallopics-api, ghostlink.dev, Gojo_V2, Greencart_Backend
and knowledge-base-builder; and every entry of ``tests/matching/hundredeightysixth_set.yaml``,
from motos_fastapiBAckend, prime-lagoon, remediation-engine, portal_amimoveis, NOC-Sentinel,
ShiftCraft, TeaMate-Backend, Service-Manager, workflow_apis and institute-backend; and every
entry of ``tests/matching/hundredeightyseventh_set.yaml``, from AlmoxarifadoUsinagem_sistema,
Autocare-Backend, blackstone-api, CestaControl, cookie-cutters-api, hq-x, ialinkedyn,
InterviewBot, learning_words and Intellex-Enterprise-AI-Knowledge-Platform; and every entry of
``tests/matching/hundredeightyeighth_set.yaml``, from project-range, m1_back_end_new,
Nova-Itsm-Service-Desk, Parking-System-BD, oatmealfarmnetworkbackend, vwp-backend, TEZ-operator,
thunder_1 and ShopLite-backend; and every entry of
``tests/matching/hundredeightyninth_set.yaml``, from appPatrol-python, Campous-OS-backend,
dratul, Edu_Giga_School_Management_system, HelpHS, inventory-mangement, LanWash and lexara-api;
and every entry of ``tests/matching/hundredninetieth_set.yaml``, from movie-api, primus-backend,
muza-back, MedLink-Ethiopia, Rede_Labs, sepia-erp, sensors-rest-api, subpilot-ai, zidan-backend
and update-platform; and every entry of ``tests/matching/hundredninetyfirst_set.yaml``, from
elevator-service-api, feedback_system, Face-Recognition-Attendance-System, becycle-mx,
lawnrouter, honest_mark, IS-Mini-Warehouse, hostel-erp and LSP_Sewing_Machines; and every entry
of ``tests/matching/hundredninetysecond_set.yaml``, from Portal_of_swimming_FastAPI, pjtmgr,
roomly-backend, MIRAI_Site_Carbon_Navigator, xzwl-4-701d85f, TranslatorWebServer, vibes_backend,
tds-connector-ui-backend and tcoffline; and every entry of
``tests/matching/hundredninetythird_set.yaml``, from datatracker, erp_wms_main, attendance-pc,
engineering-cloud, HouseRenoAI, invocto, HealthMarketplace and leader-ship-backend; and every
entry of ``tests/matching/hundredninetyfourth_set.yaml``, from nail-salon-backend,
prime-backend, ragnar, repid-backend, sixbeans-coffee, TaxEazy, TimesheetPro and
sharanga_backend; and every entry of ``tests/matching/hundredninetyfifth_set.yaml``, from
Agriturismo_Backend, apl-golf-league-backend, AutoGrader-B4, calendar_airlines, industrace,
Life-campus, LearnBasics and krishihrudya; and every entry of
``tests/matching/hundredninetysixth_set.yaml``, from Nexora-health--backend, NULO-server,
parkify-backend, racepilot-backend, truficultura, SyslogHub,
SmartAssist-Campus-Services-Assistant, zrozumto-platforma and Sklavounos-HR; and every entry of
``tests/matching/hundredninetyseventh_set.yaml``, from aivisionfa, BackAPPNSF,
cocoguard-backend, cycle-be, Go_Retail_moderno, LegalAI, hcm, hrflow-portal and HIEPLOI; and
every entry of ``tests/matching/hundredninetyeighth_set.yaml``, from movary-backend,
romantic-flowers-app, openPMS, PROPERTECH-backend, rentoraAI, SocietyMan, swu-guard,
study-dashboard and songcraft-backend; and every entry of
``tests/matching/hundredninetyninth_set.yaml``, from callsight-api, ai-platform-backend,
FasalSaathi, agrosense, AgriYan, green-mango, HMSv2, kiki2.0CRM and lawyer-tech; and every entry
of ``tests/matching/twohundredth_set.yaml``, from med-sync-saas, roux, MySifa, next_dental_api,
weaver-v1, sports-booking-api, Zoris, smartInvoice and sanez_visualizer; and every entry of
``tests/matching/twohundredfirst_set.yaml``, from cafebar-server, eFlotte-Api,
api-gestor-custos, cfdi-shield, chengjiaoguan, Golden-Triangle-Internet-Cafe-Management-System,
hsr-bms, Impulse-monorepo, JeevanDoot-HackMatrix2026 and LMSBS23-Fastapi; and every entry of
``tests/matching/twohundredsecond_set.yaml``, from printingautusystem, rendimiento-saas,
ORENIT-2026-backend, oura-studio-backend, Web_Back, vehicle-service-workshop-management, zenora,
Seat-management-backend and ScribeDesk-VibeCoded; and every entry of
``tests/matching/twohundredthird_set.yaml``, from BACKEND_INCIDENT_FIANARANTSOA, fyp-backend,
Ecom-BE, brains-college-dashboard, laundryapp, hall-booking, Ligjerata-API, lims_lite and
hmu-backend; and every entry of ``tests/matching/twohundredfourth_set.yaml``, from MVP-CutFlow,
medi_consulta, pisces-shop, roots_backend, stp-maintenance-log, sono-api, sgcn-sgc-prototipo,
Sotto-Budget-App-Backend and swd-server; and every entry of
``tests/matching/twohundredfifth_set.yaml``, from E_Commerce_Backend, BACK-DOJO-FLOW,
code-learning-platform, Demo-Day, Freefire_Backend, guildroster, Guita-Coach-, KairnGpx,
khaneducation and LedgeFlow; and every entry of ``tests/matching/twohundredsixth_set.yaml``, from
MVTraders.backend.app, nhs_inventory_management, nordlayer-backend, PACT-compliance-engine,
Prime_Pizza_Backend, sistema_codigo_qr_v2, SparkP2P, tangbuy-procurement-api and vtu-backend; and
every entry of ``tests/matching/twohundredseventh_set.yaml``, from bookworm-hole-api,
CommerceControl, controle_cozinha, edupulse-backend, HA-fitness, herfbook,
Hotel-Management-System-Prototype--landing, Khanoos-KDS and LotusHacks; and every entry of
``tests/matching/twohundredeighth_set.yaml``, from Massar, Mediflow_lite, MyAtelier_pro,
project-expo, savebite, smashbox, snapper and Treading_Software; and every entry of
``tests/matching/twohundredninth_set.yaml``, from Backend_serviceehub, BRCOM-ERP,
corpofitpro-centro, dnd-currency-manager, Do_An_2, glucosense, healilleo, isle-be-there,
lees-road-assist and lotus-tur; and every entry of ``tests/matching/twohundredtenth_set.yaml``, from
MAM-Creator-Commerce, praximed, payroll-os, PROJ309-Oceanarium, sah-bukti, Sanad, Teachee,
threatshield and TrailSocialBackend; and every entry of
``tests/matching/twohundredeleventh_set.yaml``, from aura-gdpr-backend, cheatah,
CogniSimAI_Backend, kaza_shop_saas, multi-vendor-SaaS-Ecommerce-platform, Printer-Inventory,
servis_takip and Truck_Zone_Togo; and every entry of ``tests/matching/twohundredtwelfth_set.yaml``,
from CallBoxAI, cmr-hospitality-suite, Dental_AI_Chatbot, eduresearch-project-manager,
Pinpoint-311, restaurant-hotel-pos, school-saas and time-and-attendance; and every entry of
``tests/matching/twohundredthirteenth_set.yaml``, from Aivaro, amebo, AnnexOps, DiscoverRwanda,
KountryEye, lab-management-system, KloterbyMeme, knowledge_platform and Linux-user-access-ui; and
every entry of ``tests/matching/twohundredfourteenth_set.yaml``, from property-management-system,
pcm-connect-mono, moda-flow, retail-pos-management, social-work-api, Talent-Base-Service,
travel-web-api and yozuv; and every entry of ``tests/matching/twohundredfifteenth_set.yaml``, from
bar-manager, ClinicFlow, Crisis_Awareness_Booking_System, Easyserve, LexLogic, ImkonLMS,
homecare-app and garageos; and every entry of ``tests/matching/twohundredsixteenth_set.yaml``, from
Picker-Scheduler, plantao360, Premier-Hotel, resman, SentraDesk, servipet, SmashBook and
zenova-school-erp; and every entry of ``tests/matching/twohundredseventeenth_set.yaml``, from
Arogya-Bandhu, drinkit, EG-OKE-2026, fitflow-pro, hosting_guard, HR-Managment-System, invisithreat
and Julien-coiffure-a-domicile-; and every entry of
``tests/matching/twohundredeighteenth_set.yaml``, from MedicSync, orderops-fullstack,
PharmaTrack-Main, Powder-Roster, propairty, SchoolAI, SunnycrestERP, TanishkHRMS and
tuwiaqtech-accounting; and every entry of ``tests/matching/twohundrednineteenth_set.yaml``, from
attendance-payroll, Aurae_EMS, baangs, credkit-crm, gaming-cafe-billing, Genesis-Global-Hub,
HRMS_White_Label and internal-hr; and every entry of
``tests/matching/twohundredtwentieth_set.yaml``, from Mess_workspace, office-manager,
PKU-AI-TechDay-Online-Platform, proveniq-properties, serviciess, TruCar, winvinaya-crm and
work-onboarding; and every entry of ``tests/matching/twohundredtwentyfirst_set.yaml``, from
alcurro, CampuSphere, Clario, cmtoperations, grc-demo, HRMS-1, ia-crm and lighthouse-grc; and
every entry of ``tests/matching/twohundredtwentysecond_set.yaml``, from mine_work, Miq2,
penaxis-hrm-app, portalplanejamento, presensiv2, Tinsur-AI, umeb-platform, verifAI and
wesenseu_p; and every entry of ``tests/matching/twohundredtwentythird_set.yaml``, from aprxm_sys,
automobile-industry, CampusLedger, dormtel-app, hedis-care-gap-platform, HLBMES, HMS-BE and
hospital-ehr; and every entry of ``tests/matching/twohundredtwentyfourth_set.yaml``, from
manikrishna-enclave, NexoraHR, Patient_Data_Management_System_2026, Presenza-AI,
Qure-Clinic-Management-System, Society-Hub, tesis-platform, university-erp and volley-platform;
and every entry of ``tests/matching/twohundredtwentyfifth_set.yaml``, from ams.SupportDesk,
Baytak_Foundation_Management, decies-platform, elite-parent-school-mis, hr-budget-planner,
insurance-management, internal-ops-console, landchain and LexiConnect; and every entry of
``tests/matching/twohundredtwentysixth_set.yaml``, from Morix, PlannerV2, poodle, RMS-FYP, scherp,
sis_app_2, spring-of-knowledge-hub and Wandor; and every entry of
``tests/matching/twohundredtwentyseventh_set.yaml``, from AB_Platform, dft-project, distrito-view,
EventCraft1, gb-tourism-fyp, HolySheet, lbc_ft_fp_notaire and lexcore; and every entry of
``tests/matching/twohundredtwentyeighth_set.yaml``, from mindforge, NC-PERFORMANCE-DASHBOARD,
ORK-rest, restaurant-cms, saasoquv, sunrise-school-management, turnerobit, uk-requests and
wrap-iq; and every entry of ``tests/matching/twohundredtwentyninth_set.yaml``, from autonogrow,
bus_agentub, campus-flow, edenscale, forkfinder, GoalSync, Gusto-POS-Restaurants-Management-System,
homepost, justeat and london-ohio-lions-club-app; and every entry of
``tests/matching/twohundredthirtieth_set.yaml``, from Mahidol-Forum, MedControl-SaaS, medi-vault,
route-guard, Sistema-de-ficha-medica, swiss-piscine-app, tecles, vacation_planner and zenail; and
every entry of ``tests/matching/twohundredthirtyfirst_set.yaml``, from discounthub,
doctor-practice-management-system, educonnect-test-main, finallms,
football-academy-management-system, healthmubarak, hospitman, kavana-steelworks, leituras and
Lime_Inbound; and every entry of ``tests/matching/twohundredthirtysecond_set.yaml``, from
market-platform, MM_Poultry, Nhom6-3-TMDT-Backend, rafiki-frontend, TaxIP, UberBasi, verksted,
xpress-portal and youfeed; and every entry of ``tests/matching/twohundredthirtythird_set.yaml``,
from AEROFINDER, ajoda-v0, corinthiansapp, event-manager-service, getground, health101, hifz-AI,
JackPotsworldtoursandtravels and kindred-kids-compass; and every entry of
``tests/matching/twohundredthirtyfourth_set.yaml``, from medilab-pro, neso-moduler, opsra,
placement-platform, SEAPEDIA, servicemonks-erp, SmartShift-main, SPAG_app and SynopsisEval_DevOps;
and every entry of ``tests/matching/twohundredthirtyfifth_set.yaml``, from agrodesk, aquawash,
ClinicSystem, cognira, hrfeedbacksystem, kiron-work-os, lbt-os and logistics-app; and every entry
of ``tests/matching/twohundredthirtysixth_set.yaml``, from maia-bms, mvp-v2, natural-hackthon,
railway12606, Sales-CRM, SMART-CAMPUS-ENGAGEMENT, smokestack-erp and TalentRadar.backend; and
every entry of ``tests/matching/twohundredthirtyseventh_set.yaml``, from allied-connect,
AQUA-PULSE-WEB-APP, business-crm-system, DashX, gardening-info-system, GraphLab,
Interview_web-APP, IntNetwork and is-cibinde; and every entry of
``tests/matching/twohundredthirtyeighth_set.yaml``, from meduzzen_backend_internship,
mugen-hair-pwa, omniflow, OmniRAG, SafeLearn-AI, smart-roll, StrategicSurveyEngine,
tracker_artur and triCoach),
each description is decided as ``scaffold new function "<description>" --yes`` decides it
inside that app's tree, extracted at the pinned commit (nothing of it is stored here): the
project is found as the command finds it, in the nearest folder above the entry's source file
with a ``pyproject.toml`` or ``setup.py`` (SurfSense's ``surfsense_backend``, AgentGPT's
``platform``; OPAL's server and client entries in their own package, ``packages/opal-server``
or ``packages/opal-client``), its routes are read, and the template is chosen with the
project's evidence for the route the description asks for, then again for the planned route, as
the command does (``ProjectEvidence.planned``); nothing is written. Without evidence is the
same choice with no project (``scaffold match``, or a project that shows nothing).

Counted against each label (the contract the real route needs; ``hidden_access`` marks the
ones whose need only the code shows): the top pick weaker than the label, and what ``--yes``
does: generates a weaker contract, a stronger one, or refuses (nothing generated).

    python bench/unseen_in_project.py --tree NAME=DIR [--tree NAME=DIR ...] [--list]

NAME is a key of ``APPS`` below, one per application, each set's applications together and
in their order there (the hundred-thirty-first's: ``--tree supervision=DIR --tree
scholly=DIR ...``).
An application given no tree is skipped, and the report says so. ``bench/app_trees.py``
extracts the trees from local clones at the pinned commits and prepares each as its set's
header says (the ``[tool.scaffold]`` table, the missing ``__init__.py`` files), printing these
arguments.

Some hold several packages: like a user, say which gets the generated code, as the command
asks. bitcart: add ``[tool.scaffold]`` with ``package = "api"`` and ``endpoints =
"api/views"`` to its ``pyproject.toml``; yeti: ``package = "core"`` and ``endpoints =
"core/web/apiv2"``; openreplay's ``api`` folder has no ``pyproject.toml``: write one there
with a ``[project]`` name and ``[tool.scaffold]`` ``package = "routers"``, ``endpoints =
"routers"``; so does mem0's ``server`` folder. keep's ``keep`` folder is a namespace package
(no ``__init__.py``): add ``package = "keep.api"`` and ``endpoints = "keep/api/routes"`` to its
``pyproject.toml``; gpt-researcher has none: write one at its root with ``package =
"backend"`` and ``endpoints = "backend/server"``. papermerge-core: ``package =
"papermerge.core"`` and ``endpoints = "papermerge/core/features"``; ayon-backend's ``api``
folder is a namespace package: add an empty ``api/__init__.py``, then ``package = "api"`` and
``endpoints = "api"``. endurain: its ``backend`` folder's ``pyproject.toml`` with ``package =
"app"`` and ``endpoints = "app"``. R2R: its ``py`` folder's, ``package = "core"`` and
``endpoints = "core/main/api/v3"``; morphik-core: ``package = "core"`` and ``endpoints =
"core/routes"``; cognee (its ``cognee`` folder and ``pyproject.toml`` extracted alone, the
repository holding files stored apart): ``package = "cognee"`` and ``endpoints =
"cognee/api/v1"``. airweave (its ``backend`` folder): ``package = "airweave"`` and
``endpoints = "airweave/api/v1/endpoints"``. Spoolman: ``package = "spoolman"`` and
``endpoints = "spoolman/api/v1"``; reviro_intership_back_teamB: ``package = "api"`` and
``endpoints = "api"``. The twenty-sixth set's applications, as its header names their roots:
backend-dst has no ``pyproject.toml``: write one at its root with ``package = "api"`` and
``endpoints = "api/v1"``; coopwise: one in ``apps/backend`` with ``package = "src"`` and
``endpoints = "src/domains"``, after an empty ``src/__init__.py`` (a namespace package);
Imobly's Backend: ``package = "app"`` and ``endpoints = "app/src"``; Cooking (its routers are
top-level folders of ``server``): an empty ``server/__init__.py`` and one at its root with
``package = "server"`` and ``endpoints = "server"``; payetonkayamspr: one in each of
``apimspr/api_webshop`` and ``apimspr/apiresellers``, with an empty ``app/__init__.py`` and
``package = "app"``, ``endpoints = "app/routers"``; tiled: ``package = "tiled"`` and
``endpoints = "tiled/server"``; martapi's services, each its own: ``package = "app"`` and
``endpoints = "app/api/v1/routes"`` (UserService, order, product), ``"app/api/routes/v1"``
(inventory) or ``"app"`` (notification, payment); netpalm: one at its root with ``package =
"netpalm"`` and ``endpoints = "netpalm/routers"``. The twenty-seventh's: fastapi-yt
``package = "app"`` and ``endpoints = "app/presentation/api/v1/handlers"``; fastapi-octopos an
empty ``app/__init__.py``, ``package = "app"`` and ``endpoints = "app/api/endpoints"``;
FastAPI-Keepa one in ``backend`` with ``package = "app"`` and ``endpoints = "app/api"``;
fastapi-mbg ``package = "app"`` and ``endpoints = "app/modules"``; ukrdc-fastapi ``package =
"ukrdc_fastapi"`` and ``endpoints = "ukrdc_fastapi/routers"``; RavensPedia ``package =
"ravenspedia"`` and ``endpoints = "ravenspedia/api_v1"``; privexbot's ``backend`` ``package =
"src.app"`` and ``endpoints = "src/app/api/v1/routes"``; saathii_backend_fastapi one at its
root, an empty ``api/__init__.py``, ``package = "api"`` and ``endpoints = "api/routes"``. The
twenty-eighth's: backend_fastapi ``package = "app"``, ``endpoints = "app/api/routes"``;
DZ_fastapi ``package = "dz_fastapi"``, ``endpoints = "dz_fastapi/api"``; eventx one in
``back`` with an empty ``app/__init__.py``, ``package = "app"``, ``endpoints = "app/routes"``;
adaptive-flashcards one in ``backend``, ``package = "app"``, ``endpoints = "app/api/v1"``;
notivae's ``server`` ``package = "app"``, ``endpoints = "app/api"``; Shvatka ``package =
"shvatka"``, ``endpoints = "shvatka/api"``; mediamanager one in ``backend``, ``package =
"app"``, ``endpoints = "app/routers"``; oshkelosh_fastapi ``package = "app"``, ``endpoints =
"app/api/v1/routers"``. The twenty-ninth's (an empty ``__init__.py`` first in each package
folder that has none): fincubes-fastapi ``package = "app"``, ``endpoints = "app/pages"`` (its
routes are folders read by a file-system router the analysis does not follow); DMS_fastapi
``package = "app"``, ``endpoints = "app/api"``; Hotong_Fastapi one at its root with ``package
= "routers"``, ``endpoints = "routers"``; cautod_fastapi ``package = "apps"``, ``endpoints =
"apps"``; vaidya-vihar-diagnostic one in ``backend`` with ``package = "app"``, ``endpoints =
"app/routes"``; Movigo one in ``backend`` with ``package = "app"``, ``endpoints =
"app/api"``; Safos-Backend one at its root with ``package = "app"``, ``endpoints =
"app/api/routes"``; weslei-bassotto's ``api`` ``package = "app"``, ``endpoints =
"app/routers"``. The thirtieth's: Flohmarkt one at its root with ``package = "flohmarkt"``,
``endpoints = "flohmarkt/routes"``; babytroc's ``api`` ``package = "src.babytroc"``,
``endpoints = "src/babytroc/routers"``; bookmate one in ``backend``, after an empty
``app/__init__.py``, with ``package = "app"``, ``endpoints = "app/api"``;
Gcinside-Backend-Fastapi one at its root, after an empty ``api/__init__.py``, with ``package =
"api"``, ``endpoints = "api"``; NGM_FastAPI one at its root with ``package = "api"``,
``endpoints = "api/routers"``; wirecloud-fastapi ``package = "src.wirecloud"``, ``endpoints =
"src/wirecloud/platform"``; nebulabuds_fastapi, after an empty ``app/__init__.py``, ``package
= "app"``, ``endpoints = "app/view"``; uretim-takip-sistemi one in ``backend`` with ``package
= "app"``, ``endpoints = "app/routers"``. The thirty-first's: Cafino_Backend one at its root,
after an empty ``routers/__init__.py``, with ``package = "routers"``, ``endpoints =
"routers"``; aces_fpl one in ``backend``, after an empty ``app/__init__.py``, with ``package
= "app"``, ``endpoints = "app/controllers"``; barbershop-backend one at its root with
``package = "src.app"``, ``endpoints = "src/app/routers"``; e_university_api ``package =
"apps"``, ``endpoints = "apps"``; Swipe ``package = "src.apps"``, ``endpoints = "src/apps"``;
taskin-gilam one at its root with ``package = "routers"``, ``endpoints = "routers"``;
pawbase-api one at its root with ``package = "app"``, ``endpoints = "app/api/routers"``;
toshmi_backend one at its root with ``package = "app"``, ``endpoints = "app/api"``. The
thirty-second's (each ``app`` package has its ``__init__.py``): abaysystems one at its root
with ``package = "app"``, ``endpoints = "app/routes"``; aquarius one in ``web/backend`` with
``package = "app"``, ``endpoints = "app"``; Bolao one in ``backend`` with ``package = "app"``,
``endpoints = "app/routes"``; kyakhaoapi ``package = "app"``, ``endpoints = "app/api/v1"``;
osonpay-backend one at its root with ``package = "app"``, ``endpoints = "app/routers"``;
worktrack and velora one in ``backend`` each with ``package = "app"``, ``endpoints =
"app/routers"``; sieshka ``package = "app"``, ``endpoints = "app"``. None of the
thirty-third's has a ``pyproject.toml``: write one with a ``[project]`` name and these
``[tool.scaffold]`` keys. alphawing-cmyk's api in ``py`` with ``package = "components"``,
``endpoints = "components"``; api-biblioteca-universitaria at its root with ``package =
"app"``, ``endpoints = "app/routers"``; chaai-fastapi in ``backend``, the same;
FASTAPI-HEALTHCARE at its root, the same, after an empty ``app/__init__.py``; Pathfinder at
its root, the same; SCFMS in ``backend`` with ``package = "app"``, ``endpoints =
"app/api/v1"``; tangawisa_backend at its root with ``package = "app"``, ``endpoints =
"app/api/v1/endpoints"``; vami in ``backend`` with ``package = "app"``, ``endpoints =
"app/api/routes"``. Of the thirty-fourth's, enteserver's ``pyproject.toml`` (at its root)
holds, after an empty ``app/__init__.py``, and zariz's (in ``zariz/backend``) holds as it is;
for the six others write one with a ``[project]`` name and these keys: Carryitrentals in
``backend`` with ``package = "app"``, ``endpoints = "app/routers"``; fisher-fans at its root,
after an empty ``app/__init__.py``, the same; Cinemas in ``app`` with ``package = "api"``,
``endpoints = "api/endpoints"``; ntawuzumunsi at its root with ``package = "routes"``,
``endpoints = "routes"``; parcelpoint at its root, after an empty
``controllers/__init__.py``, with ``package = "controllers"``, ``endpoints =
"controllers/v1"``; Yasta at its root with ``package = "app"``, ``endpoints =
"app/apis/v1/endpoints"``. Of the thirty-fifth's, realty-backend's ``pyproject.toml`` (at its
root) takes ``[tool.scaffold]`` with ``package = "app"``, ``endpoints = "app/api/v1/endpoints"``,
and eAtfal-1.0's (at its root, holding formatter settings only) a ``[project]`` name and
``package = "app"``, ``endpoints = "app/api/routes"``, after an empty ``app/__init__.py``; for
the six others write one with a ``[project]`` name and these keys: Bazy-danych-II in ``app``,
after an empty ``routers/__init__.py``, with ``package = "routers"``, ``endpoints =
"routers"``; inventory-backend at its root, after an empty ``app/__init__.py``, with ``package
= "app"``, ``endpoints = "app/routes"``; angelhouslistingbackendapis at its root with
``package = "app"``, ``endpoints = "app/routers"``; VPN-backend at its root with ``package =
"app"``, ``endpoints = "app/api/v1"``; rezerver in ``src`` with ``package = "user"``,
``endpoints = "user/api"``; ProwlingFox in ``api`` with ``package = "routes"``, ``endpoints =
"routes"``. Of the thirty-sixth's, modernizacao-manejo-api's and xpacio-backend's
``pyproject.toml`` (at their roots) take ``[tool.scaffold]`` with ``package = "app"`` and
``endpoints = "app/routes"`` and ``"app/routers"``; apex-backend's (holding pytest settings
only) a ``[project]`` name and ``package = "app"``, ``endpoints = "app/api"``; for the five
others write one with a ``[project]`` name and these keys: gfd-backend- at its root with
``package = "app"``, ``endpoints = "app/api/v1/endpoints"``; F1-api at its root with ``package
= "app"``, ``endpoints = "app/api"``; flowcare-backend at its root with ``package = "app"``,
``endpoints = "app/routers"``; petique-app in ``backend`` (its import root, below the
repository's own ``pyproject.toml``) with ``package = "app"``, ``endpoints = "app/api/v1"``;
taleem-backend at its root, after an empty ``app/__init__.py``, with ``package = "app"``,
``endpoints = "app/routers"``. Of the thirty-seventh's, azan-api's, hassanpharmacy's,
roadbogo-api's and medina_autodiag's ``pyproject.toml`` (at their roots) take
``[tool.scaffold]`` with ``package = "app"`` and ``endpoints = "app/api/v1/endpoints"``,
``"app/routers"``, ``"app/api/v1"`` and ``"app/routers"``; for the four others write one with a
``[project]`` name and these keys: dispohub at its root with ``package = "app"``, ``endpoints
= "app/routers"``; loyihaofisi_fastapi at its root, after an empty ``app/__init__.py``, with
``package = "app"``, ``endpoints = "app/routers"``; travellito in ``web`` with ``package =
"app"``, ``endpoints = "app/api/v1/endpoints"``; sqippy at its root (a package a feature, each with
its routers) with ``package = "app"``, ``endpoints = "app"``. Of the thirty-eighth's,
YTRC-FastAPI-Backend's ``pyproject.toml`` (at its root) takes ``[tool.scaffold]`` with
``package = "app"`` and ``endpoints = "app/api/routes"``; for the seven others write one with a
``[project]`` name and these keys: joeyjones in ``backend`` (its routes are in ``server.py``),
after an empty ``routers/__init__.py``, with ``package = "routers"``, ``endpoints =
"routers"``; eigokit_backend, Ferreteria-Adrialga-C.A., ferremas and skeduluk-backend-fastapi
at their roots with ``package = "app"``, ``endpoints = "app/routers"``;
sterling-fastapi-backend at its root with ``package = "routes"``, ``endpoints = "routes"``;
moa-backend-fastapi at its root with ``package = "app"``, ``endpoints = "app/modules"``. Of the
thirty-ninth's, itoktok-fastapi-backend's ``pyproject.toml`` (in ``backend``, Poetry's) takes
a ``[project]`` name and, after an empty ``app/__init__.py``, ``[tool.scaffold]`` with ``package
= "app"``, ``endpoints = "app/api"``; RM-bener's (at its root), after an empty
``app/__init__.py``, ``package = "app"``, ``endpoints = "app/api/v1"``; for the four others
write one with a ``[project]`` name and these keys: byonco-fastapi-backend at its root with
``package = "app"``, ``endpoints = "app/api"``; Bobcat_FastAPI_app at its root with ``package
= "routes"``, ``endpoints = "routes"``; backend_FastAPI_LYP at its root with ``package =
"app"``, ``endpoints = "app/api/v1"``; pamsimas in ``backend`` with ``package = "app"``,
``endpoints = "app/api"``. Of the fortieth's, CSESE-API, xilfa-impera and mbe-api take their
``pyproject.toml`` as it is; baitak's (at its root, beside a second package) takes
``[tool.scaffold]`` with ``package = "app"``, ``endpoints = "app/routers"``; libraclub's as it
is; for the three others write one with a ``[project]`` name and these keys: centro-cinofilo
at its root with ``package = "app"``, ``endpoints = "app/routers"``; pharmapp in ``backend``,
after an empty ``app/__init__.py``, with ``package = "app"``, ``endpoints = "app/api/v1"``;
oficina-mecanica-fastapi at its root, after an empty ``app/__init__.py``, with ``package =
"app"``, ``endpoints = "app/routers"``. Of the forty-first's, ayatiworks-backend-fastapi takes
its ``pyproject.toml`` as it is; for the seven others write one with a ``[project]`` name and
these keys, after an empty ``__init__.py`` in the package where it has none: scae at its root
with ``package = "routes"``, ``endpoints = "routes"``; dnpeng-backend-fastapi at its root with
``package = "app"``, ``endpoints = "app/features"``; FonoApp, Kortex, News-FastAPI and ozelders
at their roots with ``package = "app"``, ``endpoints = "app/routers"``; quiz-system in
``backend`` with ``package = "app"``, ``endpoints = "app/routes/v1"``. Of the forty-second's,
LocalServiceMarketplace's ``gateway-service/pyproject.toml`` (Poetry's) and inquizitor's (at
its root) take a ``[project]`` name and ``[tool.scaffold]`` with ``package =
"gateway_service"``, ``endpoints = "src/gateway_service/api"`` and ``package = "inquizitor"``,
``endpoints = "inquizitor/api/api_v1/endpoints"``; for the six others write one with a
``[project]`` name and these keys, after an empty ``__init__.py`` in the package where it has
none: ITAM-hack in ``backend`` with ``package = "routers"``, ``endpoints = "routers"``;
Law_Platform_Backend at its root with ``package = "app"``, ``endpoints = "app/api"``;
salon-gbp-system in ``backend`` with ``package = "app"``, ``endpoints = "app/api/routes"``;
social-platform-fastapi-backend at its root with ``package = "routers"``, ``endpoints =
"routers"``; flotrafic-fastapi-backend at its root with ``package = "app"``, ``endpoints =
"app/api/routes"``; conexao_rural in ``backend`` with ``package = "routes"``, ``endpoints =
"routes"``. Of the forty-third's, job-haunt-fastapi-backend, lu-fastapi-backend (Poetry's),
automated-accounts-payable (Poetry's) and blood-donor-system (in ``backend``) take a
``[project]`` name where they have none and ``[tool.scaffold]`` with ``package = "app"`` and
``endpoints = "app/routes"``, ``"app/routes"``, ``"app"`` and ``"app"``; for the four others
write one with a ``[project]`` name and these keys, after an empty ``__init__.py`` in the
package where it has none: rhino-hospital-kiroween in ``backend`` with ``package = "routers"``,
``endpoints = "routers"``; job-vacancy-fastapi at its root with ``package = "app"``,
``endpoints = "app/controllers"``; auctionweb in ``backend`` with ``package = "app"``,
``endpoints = "app/api/v1"``; EduLife_second_miscro in ``EduLife_auth`` with ``package =
"routers"``, ``endpoints = "routers"``. Of the forty-fourth's,
learningcenter_fastapi_backend's and Nisarg-TradeLab-Backend-FastAPI's ``pyproject.toml`` (at
their roots) take ``[tool.scaffold]`` with ``package = "app"`` and ``endpoints =
"app/api/v1"`` and ``"app/routers"``; for the six others write one with a ``[project]`` name
and these keys, after an empty ``app/__init__.py`` where it has none (fantasy-5aside,
Emory_backend): monitor-backend-fastapi at its root with ``package = "app"``, ``endpoints =
"app/api/endpoints"``; NGD-website-backend-FastAPI at its root with ``package = "app"``,
``endpoints = "app/routers"``; helpdesk_app at its root with ``package = "app"``, ``endpoints
= "app/api/v1/endpoints"``; HaulIQ in ``backend`` with ``package = "app"``, ``endpoints =
"app/routers"``; fantasy-5aside at its root with ``package = "app"``, ``endpoints =
"app/routers"``; Emory_backend at its root with ``package = "app"``, ``endpoints =
"app/api/v1/endpoints"``. Of the forty-fifth's, quitanda-backend's, prestamos-gota-a-gota's and
School-Hostel-Enterprise-API's ``pyproject.toml`` (at their roots) take ``[tool.scaffold]``
with ``package = "app"`` and ``endpoints = "app/routers"``, ``"app/routers"`` and
``"app/api/endpoints"``; OnlyFounders' and Conference__Platform's (at their roots, pytest's and
Poetry's) take a ``[project]`` name and ``package = "app"``, ``endpoints = "app/routers"`` and
``"app/api/routes"``; for the three others write one with a ``[project]`` name and these
keys: medora-backend at its root with ``package = "app"``, ``endpoints = "app/routers"``;
top-decked-backend at its root with ``package = "app"``, ``endpoints = "app/api/routes"``;
tourism_guide_fastapi at its root with ``package = "app"``, ``endpoints =
"app/api/endpoints"`` (its pages, in ``main.py`` at the root, lie outside). Of the
forty-sixth's, keneyapp's and dental-portal-backend's ``pyproject.toml`` (at their roots)
take ``[tool.scaffold]`` with ``package = "app"`` and ``endpoints = "app/routers"`` and
``"app/api/v1/endpoints"``; ERP-System-backend's (``[tool.fastapi]`` only) takes a
``[project]`` name and ``package = "app"``, ``endpoints = "app/routers"``; for the five
others write one with a ``[project]`` name and these keys, after an empty ``app/__init__.py``
where it has none (OdontoHub, rentals-sdk-back, COOPERATIVE-PACS-SOCIETY, driverhub-backend):
kmgroup at its root with ``package = "routers"``, ``endpoints = "routers"`` (its app is
``main.py`` at the root);
OdontoHub in ``backend`` with ``package = "app"``, ``endpoints = "app/routers"``;
rentals-sdk-back at its root with ``package = "app"``, ``endpoints = "app/routers"``;
COOPERATIVE-PACS-SOCIETY at its root with ``package = "app"``, ``endpoints =
"app/api/v1/endpoints"``; driverhub-backend at its root with ``package = "app"``,
``endpoints = "app/routers"``. Of the forty-seventh's, every app's package is ``app`` and
its routes are in ``app/routers``: repensar-multiplatform-backend's and BMM-POS's
``pyproject.toml`` (at their roots) take ``[tool.scaffold]`` with ``package = "app"``,
``endpoints = "app/routers"``; OnlineAuction's (ruff's and coverage's only) takes a
``[project]`` name and these keys; for the five others write one with a ``[project]`` name
and these keys: parcella, RakeFlow, BINI-transient-sys (after an empty ``app/__init__.py``)
and sacco_system at their roots, aada_lms in ``backend`` (after an empty
``app/routers/__init__.py``). Of the forty-eighth's, rent-ease's ``pyproject.toml`` (Poetry's,
at its root) takes a ``[project]`` name and ``package = "api"``, ``endpoints = "api/src"``;
for the seven others write one at the root with a ``[project]`` name and ``package = "app"``,
``endpoints = "app/routers"``, after an empty ``app/__init__.py`` where it has none
(Klikava_Backend, Quan-Ly-Nhan-Su, Salvio_Backend, vibegarage-backend) and an empty
``app/routers/__init__.py`` where it has none (Quan-Ly-Nhan-Su, vibegarage-backend). Of the
forty-ninth's, every app is at its repository root with its package ``app``:
loan-servicing's ``pyproject.toml`` (pytest's, ruff's and mypy's) takes a ``[project]`` name
and ``endpoints = "app/api/v1/endpoints"``, TruckBack's Backend's takes ``endpoints =
"app/routers"``; for the six others write one with a ``[project]`` name and ``package =
"app"``: legacy_academy-backend with ``endpoints = "app/api/v1/endpoints"``, the five
others (mirfa_transport, rental-manager-backend, Booklet, communityexpress-api, hrm-sf-be)
with ``endpoints = "app/routers"``. Of the fiftieth's, write a ``pyproject.toml`` with a
``[project]`` name and ``package = "app"`` at the root of AMS-v1-backend,
AstrynoxERP-backend, CarWash-Website and common-artist (``endpoints = "app/routers"``),
hostel-management-system (``endpoints = "app/api/v1"``) and gated-community-system's
``backend`` folder (``endpoints = "app/api/v1/endpoints"``, after an empty
``app/api/v1/endpoints/__init__.py``); lifarando_backend's (at its root) takes ``package =
"app"``, ``endpoints = "app/api"`` after an empty ``app/__init__.py``; local-services-backend
has no package, its routers in ``routes`` beside a root ``main.py``: write one with ``package
= "routes"``, ``endpoints = "routes"`` after an empty ``routes/__init__.py``. Of the
fifty-first's, every app is at its repository root with its package ``app``; write a
``pyproject.toml`` with a ``[project]`` name for all but Workshop-ERP-BE, whose (Poetry's)
takes a ``[project]`` name and the keys: mis_nephrology with ``endpoints = "app/routers"``,
platelinkbackend with ``endpoints = "app/api/v1"`` after an empty ``app/__init__.py``, the six
others (negociAppBe, racketek_backend, Saas-Backend, Tiwari_Hospital_Management beside its
``setup.py``, Vehicle_Rental, Workshop-ERP-BE) with ``endpoints = "app/api/v1/endpoints"``.
Of the fifty-second's, every package is ``app``: kuilinga-backend's empty ``pyproject.toml``
and pilates' (none: write one) take a ``[project]`` name and ``endpoints =
"app/api/v1/endpoints"``; opabackend's takes ``endpoints = "app/routers"``; rent-desk-api's and
clinic-crm's (ruff's and pytest's) take a ``[project]`` name and ``endpoints =
"app/api/v1/endpoints"``; write one with a ``[project]`` name for
ServiceHub-Service-Booking-Management-System and TravelBNB-BACKEND at their roots
(``endpoints = "app/api/routes"``, ServiceHub's after an empty ``app/__init__.py``) and for
syriasuperapp in ``apps/stays`` (``endpoints = "app/routers"``, after an empty
``app/routers/__init__.py``). Of the fifty-third's, medico24-backend's ``pyproject.toml`` (at
its root) and MindMate's (in ``backend``) take ``package = "app"``, ``endpoints =
"app/api/v1/endpoints"``; write one with a ``[project]`` name and these keys at the roots of
IdecapLMS, psi-school-cms (after an empty ``app/__init__.py``) and
School-Task-and-Attendance-System, and for three more: echobyte in ``backend``, with
``package = "api"``, ``endpoints = "api"``; HotelAPI, which has no package, with ``package =
"routers"``, ``endpoints = "routers"`` after an empty ``routers/__init__.py``; TicketingSystem
with ``package = "app"``, ``endpoints = "app/api/v1/routes"``. Of the fifty-fourth's and
the fifty-fifth's, every package is ``app`` and every endpoints folder
``app/api/v1/endpoints`` but HealthHubBackend's, ``app/routers``. IA-Tour-Algerie's and
nemsas-backend's ``pyproject.toml`` take the keys; GhanaXplore's (poetry's),
saas-boardingschool-backend's and SocratesTenis_BackEnd's (tools' settings) take a
``[project]`` name and the keys; write one with a ``[project]`` name and the keys at the
roots of the nine others, after empty ``__init__.py`` files where the package has none:
booksmart_backend's ``app``, ``app/api`` and ``app/api/v1``, AlphaSync's ``app`` and
``app/api``, dreambig-real-estate-platform's ``app/api/v1/endpoints``, and school_backend's
``app``, ``app/api``, ``app/api/v1`` and ``app/api/v1/endpoints``. Of the fifty-sixth's and
the fifty-seventh's, every package is ``app`` and every endpoints folder
``app/api/v1/endpoints`` but three: Event_Management_System_FastAPI's and GigVault_backend's
``app/routers``, hrm's ``app`` (its documents router sits outside its endpoints folder).
campulse-backend's ``pyproject.toml`` takes the keys; prontivus-backend's (poetry's),
siscom-admin-api's and WorkTime-Sync's (tools' settings) take a ``[project]`` name and the
keys; write one with a ``[project]`` name and the keys for the nine others, savdogar's in
``savdogar_project_ready/backend``, after empty ``__init__.py`` files where the package has
none: ebodha's ``app/api/v1/endpoints``, gestiontaller-backend's and OneTwentyBackend's
``app``, ``app/api``, ``app/api/v1`` and ``app/api/v1/endpoints``, and savdogar's
``app/api``, ``app/api/v1`` and ``app/api/v1/endpoints``. Of the fifty-eighth's and the
fifty-ninth's, every package is ``app``; the endpoints folder is ``app/api/v1/endpoints``
but for BJX-Atlas-Api, paylink-backend, StudentManager, SBT, Wave-Glider-Buddy-System, SIIRH
and shipment-tracker-api (``app/routers``) and JMSK-Backend (``app``: its routes sit in two
folders). lms-be's and ruggylab-os's ``pyproject.toml`` take the keys; write one with a
``[project]`` name and the keys for the fifteen others, FindMyNyumba's in ``backend`` and
SIIRH's in ``apps/backend``, after empty ``__init__.py`` files where the package has none:
api_coddy_crm's and nathanael-batera's ``app/api/v1/endpoints``, lms-be's ``app/api``,
``app/api/v1`` and ``app/api/v1/endpoints``, lms-backend's ``app`` and those three, and
paylink-backend's and shipment-tracker-api's ``app/routers``. Of the sixtieth's and the
sixty-first's, every package is ``app`` and every endpoints folder ``app/routers`` but
skolanova_api's, ``app/api/routes``. EduVerse-AI-main-backend's ``pyproject.toml`` takes the
keys; write one with a ``[project]`` name and the keys for the eighteen others,
Resto_Manage_Backend's in ``backend``, after empty ``__init__.py`` files where the package has
none: ``app`` in CSEDU-backend, EduVerse-AI-main-backend, LibSoma, Resto_Manage_Backend,
Smart-Inventory-Forecasting-Platform and warehouse_system; ``app/routers`` in
africa-soko-backend, CSEDU-backend, EduVerse-AI-main-backend, LibSoma, Resto_Manage_Backend,
tutorhub, tatuasasa-backend and warehouse_system; and nrep-backend's sixteen folders under
``app/routers``. Of the sixty-second's and the sixty-third's, every package is ``app`` and
every endpoints folder ``app/routers`` but buddy-api's, ``app/api/routes``, and server-hrms's,
which has no package: ``package = "routers"``, ``endpoints = "routers"``. None has a
``pyproject.toml``: write one with a ``[project]`` name and the keys at each root, after empty
``__init__.py`` files where the package has none: ``app`` in hospitalbackend,
hospital_management_system and marketplace, ``app/routers`` in cookieflix and marketplace. Of
the sixty-fourth's and the sixty-fifth's, every package is ``app`` and every endpoints folder
``app/routers`` but smart_parking_s's, ``app/api/v1``, and Umeed-AI's, ``app``.
afrikalytics-api's ``pyproject.toml`` takes the keys, and SplitAppBackend's with a
``[project]`` name too; write one with a ``[project]`` name and the keys at the sixteen other
roots, after empty ``__init__.py`` files where the package has none: ``app`` in
BillingFtthV2, H-R, ignyt-erp and Umeed-AI, ``app/routers`` in BillingFtthV2 and H-R, and
``app/api`` in smart_parking_s. Of the sixty-sixth's and the sixty-seventh's, every package is
``app`` and every endpoints folder ``app/routers``. clinic-api-2p's and giftly_backend's
``pyproject.toml`` take the keys, and opencrags-rest-api's (a Poetry file) with a ``[project]``
name too; write one with a ``[project]`` name and the keys at the sixteen other roots, after
empty ``__init__.py`` files where the package has none: ``app`` in bbg_backend,
timesheet-backend and SmartLib-Backend, ``app/routers`` in bbg_backend, gym-erp,
lexis-backend and timesheet-backend. Of the sixty-eighth's and the sixty-ninth's, every
package is ``app`` and every endpoints folder ``app/routers``. ptc-alcaldias-backend's
``pyproject.toml`` takes the keys, and gastropilot-backend's with a ``[project]`` name too;
write one with a ``[project]`` name and the keys at the fifteen other roots (Railway-Backend's
beside its ``setup.py``), after empty ``__init__.py`` files in PetConnect's and
ecommerce-backend's ``app/routers``. Of the seventieth's and the seventy-first's, every package
is ``app`` and every endpoints folder ``app/routers`` but ADHERA's, ``app`` (its routes are in
feature packages). d-transfert-backend's ``pyproject.toml`` takes the keys, and
trcf_lms_backend's and trackflow's with them; write one with a ``[project]`` name and the keys at
the sixteen other roots, after empty ``__init__.py`` files in ADHERA's ``app/routers`` and in
CampuSupport's and trackflow's ``app`` and ``app/routers``. Leave out the virtual environments
committed in CampuSupport, HRM-FastApi and pet_transport_fastapi_bakend (``venv``), and take
ride_by_my_idea's ``app`` alone (its Android project's build files are stored apart). Of the
seventy-second's and the seventy-third's, every package is ``app`` and every endpoints folder
``app/routers`` but event-management-system's, ``app/api/routes``, ecommerce-fastapi-backend's,
``app/api/v1/routers``, and booking-app's, ``app/api``; fixion-platform's, booking-app's and
turizm's roots are their ``backend`` folders. NakatomiCRM's and sarc360-backend's
``pyproject.toml`` take the keys (sarc360-backend's, a Poetry file, with a ``[project]`` name
too); write one with a ``[project]`` name and the keys at the other roots, after empty
``__init__.py`` files where a package folder has none: nexus_backend's and grs-backend's
``app/routers``, ecommerce-fastapi-backend's ``app``, ``app/api``, ``app/api/v1`` and
``app/api/v1/routers``, fixion-platform's ``backend/app``, grs-backend's ``app`` and turizm's
``backend/app`` and ``backend/app/routers``. Of the seventy-fourth's and the seventy-fifth's,
every package is ``app`` and every endpoints folder ``app/routers`` but CRM--CYNERZA's and
risetnesia-tryout-fastapi-react's, ``app/api/v1/endpoints``, react-fastapi-app's, ``app`` (its
routes are in feature packages), REACT-Curio-Cloud-Based-Quiz-System-FastApi-Backend's, package
``backend`` and endpoints ``backend/app/routers``, Pizza-eaters_FastApi-Project's, ``src`` and
``src``, and Poultry-management-backend's, ``routers`` and ``routers``;
risetnesia-tryout-fastapi-react's, react-fastapi-app's and Poultry-management-backend's roots
are their ``backend`` folders. The ``pyproject.toml`` of bch-backend, football-league-ms-v2,
GerniApi, Pizza-eaters_FastApi-Project, react-fastapi-app and taskhub-python-demo take the keys
(with a ``[project]`` name where they have none; bch-backend's is not valid TOML until the comma
after its ``line-length = 100`` is taken out); write one with a ``[project]`` name and the keys
at the other roots, after empty ``__init__.py`` files where a package folder has none:
risetnesia-tryout-fastapi-react's ``app``, ``app/api``, ``app/api/v1`` and
``app/api/v1/endpoints``, react-fastapi-app's ``app`` and its feature folders (``users``,
``shop``, ``cart``, ``favorite``, ``purchase``, ``admin``), Poultry-management-backend's
``routers`` and substrate-backend's ``app``. Of the seventy-sixth's and the seventy-seventh's,
each app's root, package and endpoints folder are as its half's header gives them ("For
bench/unseen_in_project.py"): ``backend`` roots for Epic-Ecommerce-FastAPI (``app``,
``app/api/v1``), blog-app-fastapi-react (``routes``, ``routes``), crm-system-Fastapi-React
(``src``, ``src``) and Project-Expense-Tracker-with-FastAPI-Backend (``app``, ``app/routers``);
FastAPI_Hospital_Management's root is its ``app`` folder (``routes``, ``routes``),
fastapi-booking-platform's ``booking-platform/backend`` (``app``, ``app/api/v1/routes``) and
wilbeth's ``src`` (``app``, ``app/routers``); at the repository root, BlogAPI-FastAPI (``src``,
``src/routes``), FastAPI-Restaurant-Server (``app``, ``app/api/endpoints``),
fastapi-task-manager (``app``, ``app/api/routes``), FastAPI-EventPLanning (``routes``,
``routes``), fastapi-library (``api``, ``api/rest/routers``), mealifast-api-fastapi (``app``,
``app/api/v1``), python-fastapi-user-management (``src``, ``src/apps``) and the rest (``app``,
``app/routers``). Empty ``__init__.py`` files go where a package folder has none (each half's
header names them; python-fastapi-user-management's feature folders under ``src/apps`` too).
The seventy-eighth's and seventy-ninth's headers give each app's tree in one line ("For
bench/unseen_in_project.py: root = ..., [tool.scaffold] package = ..., endpoints = ..."):
db-course-fastapi-app's root is ``backend`` (``sql_app``, ``sql_app/routes``),
Dater-backend-fastapi's package ``user_service``, my_study_FastAPI's ``src.bookings_study``
(a src layout); Blog-API-FastAPI's, BudgetApi-FastApi's and fastapi-ecommerce-backend's
endpoints are their whole ``app``. The eightieth's and eighty-first's headers do the same:
ADRAB's root is ``lyfshilp-backend`` (``api``, ``api/endpoints``), Logistics_management's
``project``, TrackTeq's ``backend``; API_fastapi_gestion's package is ``src``; FastApi's and
TurkeyPOS's folders need empty ``__init__.py`` files to be packages. The eighty-second's
and eighty-third's roots are their repositories' roots, their package ``app``; famu's
endpoints are its feature folders under ``app/modules``. The eighty-fourth's and
eighty-fifth's headers do the same: compensation-platform's and controle-patrimonio's root is
``backend``, localez's ``backend``, AB-testing-platform's ``app`` (its package ``api``,
``api/routes``); kreeda-backend's package is ``src``. The eighty-sixth's and
eighty-seventh's: fastapi-antd-admin's and FastAPI-Enterprise-Boilerplate's root is
``backend``; SmartSell's endpoints are ``app/api/v1``. The eighty-eighth's to
ninety-first's: car-rental-backend's root is ``src`` (a pyproject.toml written there, the
repository's own left as it is), its endpoints ``app/presentation/http``; crm-api-python's
endpoints are its feature folders under ``app/modules``, latente-cms's its whole ``app``;
several need empty ``__init__.py`` files to make their folders packages, as their headers say. The
ninety-second's to ninety-fifth's: SoulLineERP's root is ``backend``; jobs.backend's endpoints
are its whole ``app``, myfast-backend's ``app/api/v1``, moncap-api's and learning_backend's
``app/api/v1/routes``, worldcupdna-backend's its feature folders under ``app/modules``. The
ninety-sixth's to ninety-ninth's: app_gr's root is ``backend``, Baspana-Group's ``Backend``,
dental-pms's and POS-SYSTEM's ``backend``; Jeanraymond601's api_backend and app_gr have their
whole ``app`` as endpoints (api_backend after empty ``__init__.py`` files in ``app/api``,
``app/api/v1``, ``app/api/v1/endpoints``, ``app/api/endpoints`` and ``app/routers``), dental-api
its whole ``api`` package, glycogrit-backend its feature folders under ``app/modules`` (after
an empty ``app/modules/events/api/__init__.py``), ka-part ``app/routes``. The
hundredth's to hundred-third's: aibios's and arete3's root is ``backend`` (a ``[project]``
table added to aibios's pyproject.toml), postgres-api's ``backend``; synctra_backend's endpoints
are ``app/api`` (two folders under it); a pyproject.toml is written for most, as their headers
say. The hundred-fourth's to hundred-seventh's: Greenlink's, HAH's,
hercux-admin's, hospital-monitoring-system's, newgwsh's and naviora-blue-stratum's roots are
``backend``; moss-and-legal's endpoints are its whole ``app``, newgwsh's ``app/api/v1``; the
first of them is keyed ``auctionbid`` (``auction`` names an earlier app). The
hundred-eighth's to hundred-eleventh's: lumefy's, LL's, lesovik's, Leafleter's and STAIL's
roots are ``backend``; nano-vault's endpoints are ``app/api``, nocode-builder's its feature
folders under ``app/modules``; ai-retail-backend needs empty ``__init__.py`` files in ``app``,
``app/api``, ``app/api/v1`` and every folder under ``app/api/v1/endpoints``; IndusSSS's cloud
is keyed ``induscloud``. The hundred-twelfth's to hundred-fifteenth's: api-dev-portal's,
Express-Repair-3's, finasist's and gestao's roots are ``backend``; Ctrls-API's endpoints are
``app/controller``, khoros-ai-care-expert-api's and API-SICARX's ``app/api/routes``, mij-api's
routes sit in three folders under ``app/api/endpoints``, each made a package. The
hundred-sixteenth's to hundred-nineteenth's: FantasyF1_BE's root is ``FantasyF1_BE``, lokiz's and
Internship-Recommendation-and-Tracking-System's ``backend``, pos-server's ``server``;
karp-backend's and kpidash_backend's endpoints are ``app/api/endpoints``, the internship
system's, trustfabric's, uncle-joes-api's and tksolutions-webapp-backend's ``app/api/routes``,
vet-clinic-be's ``app/api``; volunteers-py's package is ``volunteers``, its endpoints
``volunteers/api``. The hundred-twentieth's to hundred-twenty-third's: AIseek's, egp-ims's and
pandaprobe's roots are ``backend``; DHAPP-BACKEND's endpoints are its feature folders under
``app/modules``, each made a package, as every folder of its ``app``, CLOUD-WINPOL-BACKEND's and
dine-dash-fastApi's are; practice-backend's, obtree's and rutasLogisticas's are
``app/api/routes``, osa-backend's and pandaprobe's ``app/api/v1/routes``, SecureLens's
``app/api/endpoints``, Snap_Solutions_ERP_Backend's, SolomonBE's and sanctuary-api's
``app/routes``; Lead is keyed ``leadapp``. The hundred-twenty-fourth's to hundred-twenty-seventh's:
Evaluate-yourself-Ai's and Workspace-App's roots are ``backend``; cooperative_connect's package
is ``coop_connect`` (its ``routers/maintenance`` folder made a package), DentalDesk's ``src``
(its endpoints ``src``), plataforma-proyectos-ia's ``src`` (its endpoints ``src/modules``);
dpa_BE's endpoints are ``app/presentation/api/v1``, onboarding-backend's, patabasefitibackend's
and practice-booking-system's ``app/api/api_v1/endpoints``; 2026-Summer-Techeer-Bootcamp-A's
backend is keyed ``techeer``, 2025Capstone's Backend ``zzzcoach``. The hundred-twenty-eighth's to
hundred-thirty-first's: CoreOps-Platform's, corporate-backend's, DirectStock's,
control_inventarios's, factory-pms's, Education-CRM's, financial_analysis_system's,
event-aggregator's, Hare's, Matrix-bd's, workmate-access's and umay's roots are ``backend``,
fastapi-starter's ``apps/backend`` (its package ``src``, endpoints ``src/app/api``; two of its
route files hold merge-conflict markers at the pinned commit and cannot be read);
hacksphere_main's and PromptxlEnterprises-backend's endpoints are their whole ``app`` (its
feature folders made packages), mylocalmasjid_api's its whole package (its ``public`` folders
made packages); MasjidKoi's backend is keyed ``masjidkoi``. The hundred-thirty-second's to
hundred-thirty-fifth's: BI_Solution's root is ``backend``, requirement-master's ``app`` (its
package and endpoints ``routers``); lito-backend's package and endpoints are ``routers``;
Grosint's backend is keyed ``grosint``. The hundred-thirty-sixth's to hundred-thirty-ninth's:
ArenaroadX's, LabelLLM's, trackpal's and Yuxi-Know's roots are ``backend`` (Yuxi-Know's package
``server``), whombat's ``back/src``; Hotel-back's package and endpoints are ``routers``,
mcp-context-forge's package ``mcpgateway``, MediaFusion's ``api``; insureflow's, trackpal's and
LabelLLM's endpoints are ``app/api/v1/endpoints``, gest_five-api's ``app/api/v1/routers``,
reviewbot's and Verigo1's ``app/api/routes``. The hundred-fortieth's to hundred-forty-third's:
clinic-bot's root is ``backend/src`` (package and endpoints ``api``), eigent's ``server``
(endpoints ``app/domains``), flowsint's ``flowsint-api``, kinit's ``kinit-api`` (package
``apps``, endpoints ``apps/vadmin``), lightspeed-stack's ``src``, leapfrogai's
``src/leapfrogai_api`` (its own ``pyproject.toml``; package and endpoints ``routers``);
API_AUTH_GAMES's and honcho's package is ``src``, fileglancer's, lilac's, mlflow-oidc-auth's and
tabbyAPI's their own package, hummingbot-api's ``routers``; KARIVARI-UGANDA's webapp is keyed
``karivari``, Goon981's whatsapp ``smartshopwa``. The hundred-forty-fourth's and
hundred-forty-fifth's (each at its root with ``package = "app"``, after the empty ``__init__.py``
files their headers name): lighthubcustoms's root is ``backend``; PIM-BE's endpoints are
``app/api/v1/endpoints``, webmypham_API's ``app/routers/v1``. The hundred-forty-sixth's and
hundred-forty-seventh's (the same, after the empty ``__init__.py`` files their headers name):
api-smart-savings's endpoints are ``app/api/v1/routes``, flipkart_backend's
``app/api/v1/endpoints``; Skillmap's root is ``TheBestSchool_PY/app`` (package and endpoints
``routers``). The hundred-forty-eighth's and hundred-forty-ninth's (the same): hostal's and
uni-volunteer-scheduler's roots are ``backend``; PfotencardBackend's endpoints are ``app``,
SainandaG's website's ``app/routes`` (keyed ``evenation``, its title). The hundred-fiftieth's
and hundred-fifty-first's (the same): farah_sys's root is ``backend``, GeneralDatingBackend's
``src`` (package and endpoints ``routers``), StreetArtBack's ``src``; Client360's endpoints are
``app/routes``, powerfieldmanager's its whole ``app``, librhub's ``app/api/v1/endpoints``,
MoirAI's ``app/api/endpoints``, vaccination-backend's ``app/api/v1``, wriveted-api's ``app/api``.
The hundred-fifty-second's and hundred-fifty-third's (the same): crm-collector's, ostrichai's and
SetId's roots are ``backend``, Autostock's ``app`` (package and endpoints ``routers``);
God-Lion-Seeker-Optimizer's package is ``src`` (endpoints ``src/api/routes``), goutruckme-api's
``src`` (its endpoints the whole package); backend-zod's and crm-collector's endpoints are
``app/api/v1/endpoints``, Gist_backend's, SetId's and shadow_block's ``app/api/routes`` (every
folder of shadow_block's ``app`` made a package), together-app-backend's its whole ``app``.
The hundred-fifty-fourth's and hundred-fifty-fifth's (the same): FinRisk-Backend's,
focus-flow-server-v1's and TryStyle_back's package is ``src`` (endpoints ``src/routers``);
Agentick-BE's endpoints are ``app/api/v1/endpoints``, Playonstars1's its whole ``app``,
mover-backend's, MyMentorFinal's, MyPortal's and Slottly's ``app/api/routes`` (MyPortal's
committed ``venv`` folder left out of its tree). The hundred-fifty-sixth's and
hundred-fifty-seventh's (the same): Aura_spa_Backend's, bandami-backend's, CarbonLedger's and
DriveLaw's endpoints are ``app/api/v1/routers``, opinion-market's and QCMB-backend-api's
``app/api/v1/endpoints``, phila-backend's and PP_backend--by-Jaa's ``app/api/routes``;
tutoring-management-system's root is ``webapp/backend`` (package and endpoints ``routers``),
synkventory's and samvit's ``backend`` (endpoints ``app/api/v1`` and ``app/modules``);
sparknode's package is its ``backend`` folder, made a package. The hundred-fifty-eighth's (the
same): fleet-rider-management's, civic-mirror's, Vendor_Invoice_Intelligence_Platform's,
SaaS-Group's and salary-management-system's roots are ``backend``, pharmasight's
``pharmasight/backend``, vintagestory-server's ``api/src`` (package ``vintagestory_api``);
bytepit-api's package is ``bytepit_api``; mci-platform's endpoints are its whole ``app``,
civic-mirror's ``app/api/routers``, pharmasight's and SaaS-Group's ``app/api``; erickong12's
market-place is keyed ``erickmarket`` (``marketplace`` names an earlier app). The
hundred-fifty-ninth's and hundred-sixtieth's (the same): afrimail-backend's, ai-academy-backend's
and AI-powered-barista-BE's endpoints are ``app/api/routes`` (the barista's committed ``venv``
folder left out of its tree; it is keyed ``aibarista``), airecruiting's its whole ``app``,
genolens-backend's ``app/api/endpoints``; inventory-management-system-api's package is
``inventory_management_system_api``; quizik's and Novamedika-LTS's roots are ``backend`` (package
``src``, endpoints ``src/routers``), Portfolium's ``api``, PraxisDoktor's and QuestBoard's
``server`` (every folder of QuestBoard's ``app`` made a package), Vehicle-Desk-System's
``Backend`` (package ``src``, endpoints ``src/routes``, both made packages). The
hundred-sixty-first's and hundred-sixty-second's (the same): every root but JullsJewels',
polynex's and OpenTerminalUI's is ``backend``; auditforge's, astranum's, clarity-engine's and
LabManager's endpoints are ``app/api/routes`` (clarity-engine's ``app/api`` and
``app/api/routes`` made packages), dialexus-chat's and AAkar's ``app/api/v1/endpoints`` (every
folder of dialexus-chat's ``app`` made a package), gugu-gaga-'s (MesobAI, keyed ``mesobai``) and
hospital-ai-assistant's (keyed ``mediscribe``) ``app/api/v1``, gokomu-online's its whole
``app``, MatchMe's and mtg-market-intel's ``app/api/routes``, sweezy's, slodi's, SteamMates',
smartbillr's and sportsleague-argo's ``app/routers`` (sweezy's committed ``.venv`` folders left
out of its tree); JullsJewels' root is its repository (endpoints ``app/routes``, every folder of
``app`` made a package), polynex's ``server`` (package and endpoints ``controllers``),
OpenTerminalUI's its repository (package ``backend``, endpoints ``backend/api/routes``, every
folder of ``backend`` made a package). The hundred-sixty-third's and hundred-sixty-fourth's (the
same): every root is ``backend`` but kajovo-hotel-monorepo's (``apps/kajovo-hotel-api``, every
folder of its ``app`` made a package), MaiMaiNotePad-BackEnd's and Paryllel-Backend's (their
repositories); TrackMate's, znapfile's, SelfMind-Pro's (every folder of its ``app`` made a
package), rojgar's, secondhand-marketplace's and sales-IQ's endpoints are
``app/api/v1/endpoints``, TradeMeter's, Integrated-HR-Administrative-System's,
MaiMaiNotePad-BackEnd's and Paryllel-Backend's ``app/api/routes``, Syncle's ``app/modules``,
the others' ``app/routers`` (every folder of ReleaseRadar's ``app`` made a package). The
hundred-sixty-fifth's and hundred-sixty-sixth's (the same): every root is ``backend`` but
Jobhub's and oneqlick-backend's (their repositories; Jobhub's package is ``backend``, endpoints
``backend/app/routers``); Auralis_Interiors', huantou's, oneqlick-backend's (its ``app/api`` and
``app/api/routes`` made packages) and tutorconnect's endpoints are ``app/api/routes``,
Fintech-Project's ``app/routes``, PickaloApp's, NextVendors' and StellArts'
``app/api/v1/endpoints``, the others' ``app/routers`` (every folder of Tourpie's ``app`` made a
package, its committed ``.venv`` left out; Fintech-Project is keyed ``finlit``). The
hundred-sixty-seventh's and hundred-sixty-eighth's (the same): every root is ``backend`` but
padeltour's, OccaShare's and zenMove's (their repositories); carlink's, Rentalink's,
OccaShare's, Services-Renting-Platform's, TaskIT's, varuflow's and WashApp's endpoints are
``app/routers``, glam-by-lynn's its whole ``app`` (its admin brands in ``app/api/routes``), the
others' ``app/api/v1/endpoints``; every folder of AUTOLOCO's, Services-Renting-Platform's and
TaskIT's ``app`` made a package, glam-by-lynn's ``app/routers``. The hundred-sixty-ninth's
and hundred-seventieth's (the same): CrocoJourney's backend (keyed ``crocojourney``),
api-barbearia's (package ``backend``, endpoints ``backend/routers``), moderate-platform-api's
(package ``moderate_api``, endpoints ``moderate_api/entities``), Place-for-dinner's (package
``v1``), mcq-portal-backend's, Recruiter-Portal-Backend-DDD's (endpoints ``app/api/v1``) and
virtualnexo-backend's roots are their repositories, the others' ``backend``; bookmyspot's package
and endpoints are ``routers``, kidario's endpoints ``app/api/v2/endpoints``, GuruBhet's and
joyida's ``app/api/v1/endpoints``, the others' ``app/routers``; the ``__init__.py`` files the
halves' headers name were added. The hundred-seventy-first's and hundred-seventy-second's: every
root is ``backend``, every package ``app``, every endpoints folder ``app/routers`` but
yesh_mishak's (``app/api``); Church-booking-system's ``app`` and ``app/routers`` made packages.
The hundred-seventy-third's and hundred-seventy-fourth's: every package is ``app`` and every root
``backend`` but meterinstallbackend's (its repository); the endpoints are ``app/routers`` but
ComnopnetLibrary's, agentsuite's and RIZON's (``app/api/v1/endpoints``) and lifestyle-spaces',
juga-fulbito's, KinCare's, koryxa-services-ia's and meterinstallbackend's (``app/api/routes``);
the ``__init__.py`` files the halves' headers name were added, and ComnopnetLibrary's committed
``node_modules`` left out. The hundred-seventy-fifth's and hundred-seventy-sixth's: every root is
``backend`` and every package ``app`` but WorkTrace's (root ``api/backend``, package and endpoints
``routers``); the endpoints are ``app/routers`` but modeloasist's (``app/api/routes``),
SmartReimburse's (``app/routes``) and Munda-Market's, MedIQ's, RecapVideo-AI's, symbio.ai's,
Smart-Hire-Ai's and universal-bi's (``app/api/v1/endpoints``); the ``__init__.py`` files the
halves' headers name were added, and hommesestates' and WorkTrace's committed virtual environments
left out. The hundred-seventy-seventh's and hundred-seventy-eighth's: every package is ``app``;
bondi's, CTA_back's, fast-doc's, management_company_service's, N.E.S.T's and smartcrm-backend's
roots are their repositories, the others' ``backend``; the endpoints are ``app/routers`` for
AssistantAI, local-produce-exchange, N.E.S.T, starrocks-permission-manager, SOUNDHUB,
smartcrm-backend and xcargo, ``app/routes`` for Red_Social, ``app/api/v1/endpoints`` for the
others; the ``__init__.py`` files the halves' headers name were added. The hundred-seventy-ninth's
and hundred-eightieth's: every package is ``app``; the roots are ``backend`` for CampusApp,
explorit, gestao-cases, life-dash, Groupe-GTI, TreeOfLifeExplorer, Skill-Intelligence and
weld-system, the repositories for the others; the endpoints are ``app/api/routes`` for
cfind-backend and llm-course-backend, ``app/api/v1/endpoints`` for gestao-cases,
Skill-Intelligence and weld-system, ``app/api/endpoints`` for PMS-backend and
portal-usebeq-backend, ``app/routers`` for the others; the ``__init__.py`` files the halves'
headers name were added. The hundred-eighty-first's and hundred-eighty-second's: every package
is ``app`` but charge-system's (``api``, its endpoints too, under ``backend``); the roots are the
repositories but Styxproxy's (``backend``) and sentriqvision's (``apps/platform-api``); the
endpoints are ``app/routers`` but jira_final_backend's (``app/endpoints/v1``),
GestionsMarch-s's (``app/api``), violence-backend's (``app/api/v1/endpoints``),
Ultimate-Assistant-AI-Gateway-Backend's (``app/api/v1/routes``) and sentriqvision's
(``app/routes``); the ``__init__.py`` files the halves' headers name were added, and
jkusabackend's committed virtual environment and ``node_modules`` left out. The
hundred-eighty-third's and hundred-eighty-fourth's: every package is ``app``; the roots are the
repositories but immigration-workflow-management-system's and HotelERP's (``backend``) and
macuin's (``api``); the endpoints are ``app/routers`` but mcn_aprobaciones_backend's
(``app/api/v1/endpoints``); the ``__init__.py`` files the halves' headers name were added, and
Handover_Voice_Summarizer's ``node_modules`` left out. The hundred-eighty-fifth's and
hundred-eighty-sixth's: every package is ``app``; the roots are the repositories but
chronic_covid19's (``apps/backend``); the endpoints are ``app/routers`` but FastApi-Sep's,
Greencart_Backend's and motos_fastapiBAckend's (``app/api/v1/endpoints``); the ``__init__.py``
files the halves' headers name were added, and remediation-engine's committed virtual
environment left out. The hundred-eighty-seventh's and hundred-eighty-eighth's: every package is
``app`` but oatmealfarmnetworkbackend's (``routers``, its endpoints too: it holds several
packages, so a ``pyproject.toml`` with a ``[project]`` name and ``[tool.scaffold]`` ``package =
"routers"``, ``endpoints = "routers"`` is written at its root); the roots are the repositories;
the endpoints are ``app/routers`` but Intellex-Enterprise-AI-Knowledge-Platform's (``app/api``);
``app/__init__.py`` and ``app/routers/__init__.py`` were added to Nova-Itsm-Service-Desk and
ShopLite-backend.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from matching_accuracy import (  # bench/: its folder
    EIGHTEENTH_SET,
    EIGHTIETH_SET,
    EIGHTYEIGHTH_SET,
    EIGHTYFIFTH_SET,
    EIGHTYFIRST_SET,
    EIGHTYFOURTH_SET,
    EIGHTYNINTH_SET,
    EIGHTYSECOND_SET,
    EIGHTYSEVENTH_SET,
    EIGHTYSIXTH_SET,
    EIGHTYTHIRD_SET,
    FIFTEENTH_SET,
    FIFTIETH_SET,
    FIFTYEIGHTH_SET,
    FIFTYFIFTH_SET,
    FIFTYFIRST_SET,
    FIFTYFOURTH_SET,
    FIFTYNINTH_SET,
    FIFTYSECOND_SET,
    FIFTYSEVENTH_SET,
    FIFTYSIXTH_SET,
    FIFTYTHIRD_SET,
    FORTIETH_SET,
    FORTYEIGHTH_SET,
    FORTYFIFTH_SET,
    FORTYFIRST_SET,
    FORTYFOURTH_SET,
    FORTYNINTH_SET,
    FORTYSECOND_SET,
    FORTYSEVENTH_SET,
    FORTYSIXTH_SET,
    FORTYTHIRD_SET,
    FOURTEENTH_SET,
    HUNDREDEIGHTEENTH_SET,
    HUNDREDEIGHTH_SET,
    HUNDREDEIGHTIETH_SET,
    HUNDREDEIGHTYEIGHTH_SET,
    HUNDREDEIGHTYFIFTH_SET,
    HUNDREDEIGHTYFIRST_SET,
    HUNDREDEIGHTYFOURTH_SET,
    HUNDREDEIGHTYNINTH_SET,
    HUNDREDEIGHTYSECOND_SET,
    HUNDREDEIGHTYSEVENTH_SET,
    HUNDREDEIGHTYSIXTH_SET,
    HUNDREDEIGHTYTHIRD_SET,
    HUNDREDELEVENTH_SET,
    HUNDREDFIFTEENTH_SET,
    HUNDREDFIFTH_SET,
    HUNDREDFIFTIETH_SET,
    HUNDREDFIFTYEIGHTH_SET,
    HUNDREDFIFTYFIFTH_SET,
    HUNDREDFIFTYFIRST_SET,
    HUNDREDFIFTYFOURTH_SET,
    HUNDREDFIFTYNINTH_SET,
    HUNDREDFIFTYSECOND_SET,
    HUNDREDFIFTYSEVENTH_SET,
    HUNDREDFIFTYSIXTH_SET,
    HUNDREDFIFTYTHIRD_SET,
    HUNDREDFIRST_SET,
    HUNDREDFORTIETH_SET,
    HUNDREDFORTYEIGHTH_SET,
    HUNDREDFORTYFIFTH_SET,
    HUNDREDFORTYFIRST_SET,
    HUNDREDFORTYFOURTH_SET,
    HUNDREDFORTYNINTH_SET,
    HUNDREDFORTYSECOND_SET,
    HUNDREDFORTYSEVENTH_SET,
    HUNDREDFORTYSIXTH_SET,
    HUNDREDFORTYTHIRD_SET,
    HUNDREDFOURTEENTH_SET,
    HUNDREDFOURTH_SET,
    HUNDREDNINETEENTH_SET,
    HUNDREDNINETIETH_SET,
    HUNDREDNINETYEIGHTH_SET,
    HUNDREDNINETYFIFTH_SET,
    HUNDREDNINETYFIRST_SET,
    HUNDREDNINETYFOURTH_SET,
    HUNDREDNINETYNINTH_SET,
    HUNDREDNINETYSECOND_SET,
    HUNDREDNINETYSEVENTH_SET,
    HUNDREDNINETYSIXTH_SET,
    HUNDREDNINETYTHIRD_SET,
    HUNDREDNINTH_SET,
    HUNDREDSECOND_SET,
    HUNDREDSEVENTEENTH_SET,
    HUNDREDSEVENTH_SET,
    HUNDREDSEVENTIETH_SET,
    HUNDREDSEVENTYEIGHTH_SET,
    HUNDREDSEVENTYFIFTH_SET,
    HUNDREDSEVENTYFIRST_SET,
    HUNDREDSEVENTYFOURTH_SET,
    HUNDREDSEVENTYNINTH_SET,
    HUNDREDSEVENTYSECOND_SET,
    HUNDREDSEVENTYSEVENTH_SET,
    HUNDREDSEVENTYSIXTH_SET,
    HUNDREDSEVENTYTHIRD_SET,
    HUNDREDSIXTEENTH_SET,
    HUNDREDSIXTH_SET,
    HUNDREDSIXTIETH_SET,
    HUNDREDSIXTYEIGHTH_SET,
    HUNDREDSIXTYFIFTH_SET,
    HUNDREDSIXTYFIRST_SET,
    HUNDREDSIXTYFOURTH_SET,
    HUNDREDSIXTYNINTH_SET,
    HUNDREDSIXTYSECOND_SET,
    HUNDREDSIXTYSEVENTH_SET,
    HUNDREDSIXTYSIXTH_SET,
    HUNDREDSIXTYTHIRD_SET,
    HUNDREDTENTH_SET,
    HUNDREDTH_SET,
    HUNDREDTHIRD_SET,
    HUNDREDTHIRTEENTH_SET,
    HUNDREDTHIRTIETH_SET,
    HUNDREDTHIRTYEIGHTH_SET,
    HUNDREDTHIRTYFIFTH_SET,
    HUNDREDTHIRTYFIRST_SET,
    HUNDREDTHIRTYFOURTH_SET,
    HUNDREDTHIRTYNINTH_SET,
    HUNDREDTHIRTYSECOND_SET,
    HUNDREDTHIRTYSEVENTH_SET,
    HUNDREDTHIRTYSIXTH_SET,
    HUNDREDTHIRTYTHIRD_SET,
    HUNDREDTWELFTH_SET,
    HUNDREDTWENTIETH_SET,
    HUNDREDTWENTYEIGHTH_SET,
    HUNDREDTWENTYFIFTH_SET,
    HUNDREDTWENTYFIRST_SET,
    HUNDREDTWENTYFOURTH_SET,
    HUNDREDTWENTYNINTH_SET,
    HUNDREDTWENTYSECOND_SET,
    HUNDREDTWENTYSEVENTH_SET,
    HUNDREDTWENTYSIXTH_SET,
    HUNDREDTWENTYTHIRD_SET,
    NINETEENTH_SET,
    NINETIETH_SET,
    NINETYEIGHTH_SET,
    NINETYFIFTH_SET,
    NINETYFIRST_SET,
    NINETYFOURTH_SET,
    NINETYNINTH_SET,
    NINETYSECOND_SET,
    NINETYSEVENTH_SET,
    NINETYSIXTH_SET,
    NINETYTHIRD_SET,
    SEVENTIETH_SET,
    SEVENTYEIGHTH_SET,
    SEVENTYFIFTH_SET,
    SEVENTYFIRST_SET,
    SEVENTYFOURTH_SET,
    SEVENTYNINTH_SET,
    SEVENTYSECOND_SET,
    SEVENTYSEVENTH_SET,
    SEVENTYSIXTH_SET,
    SEVENTYTHIRD_SET,
    SIXTIETH_SET,
    SIXTYEIGHTH_SET,
    SIXTYFIFTH_SET,
    SIXTYFIRST_SET,
    SIXTYFOURTH_SET,
    SIXTYNINTH_SET,
    SIXTYSECOND_SET,
    SIXTYSEVENTH_SET,
    SIXTYSIXTH_SET,
    SIXTYTHIRD_SET,
    TEST_SET,
    THIRTIETH_SET,
    THIRTYEIGHTH_SET,
    THIRTYFIFTH_SET,
    THIRTYFIRST_SET,
    THIRTYFOURTH_SET,
    THIRTYNINTH_SET,
    THIRTYSECOND_SET,
    THIRTYSEVENTH_SET,
    THIRTYSIXTH_SET,
    THIRTYTHIRD_SET,
    TWELFTH_SET,
    TWENTIETH_SET,
    TWENTYEIGHTH_SET,
    TWENTYFIRST_SET,
    TWENTYFOURTH_SET,
    TWENTYNINTH_SET,
    TWENTYSEVENTH_SET,
    TWENTYSIXTH_SET,
    TWENTYTHIRD_SET,
    TWOHUNDREDEIGHTEENTH_SET,
    TWOHUNDREDEIGHTH_SET,
    TWOHUNDREDELEVENTH_SET,
    TWOHUNDREDFIFTEENTH_SET,
    TWOHUNDREDFIFTH_SET,
    TWOHUNDREDFIRST_SET,
    TWOHUNDREDFOURTEENTH_SET,
    TWOHUNDREDFOURTH_SET,
    TWOHUNDREDNINETEENTH_SET,
    TWOHUNDREDNINTH_SET,
    TWOHUNDREDSECOND_SET,
    TWOHUNDREDSEVENTEENTH_SET,
    TWOHUNDREDSEVENTH_SET,
    TWOHUNDREDSIXTEENTH_SET,
    TWOHUNDREDSIXTH_SET,
    TWOHUNDREDTENTH_SET,
    TWOHUNDREDTH_SET,
    TWOHUNDREDTHIRD_SET,
    TWOHUNDREDTHIRTEENTH_SET,
    TWOHUNDREDTHIRTIETH_SET,
    TWOHUNDREDTHIRTYEIGHTH_SET,
    TWOHUNDREDTHIRTYFIFTH_SET,
    TWOHUNDREDTHIRTYFIRST_SET,
    TWOHUNDREDTHIRTYFOURTH_SET,
    TWOHUNDREDTHIRTYSECOND_SET,
    TWOHUNDREDTHIRTYSEVENTH_SET,
    TWOHUNDREDTHIRTYSIXTH_SET,
    TWOHUNDREDTHIRTYTHIRD_SET,
    TWOHUNDREDTWELFTH_SET,
    TWOHUNDREDTWENTIETH_SET,
    TWOHUNDREDTWENTYEIGHTH_SET,
    TWOHUNDREDTWENTYFIFTH_SET,
    TWOHUNDREDTWENTYFIRST_SET,
    TWOHUNDREDTWENTYFOURTH_SET,
    TWOHUNDREDTWENTYNINTH_SET,
    TWOHUNDREDTWENTYSECOND_SET,
    TWOHUNDREDTWENTYSEVENTH_SET,
    TWOHUNDREDTWENTYSIXTH_SET,
    TWOHUNDREDTWENTYTHIRD_SET,
    label_strength,
    weaker_than,
)

from scaffold.catalog import Catalog, load_catalog
from scaffold.errors import UserError
from scaffold.generate import Plan, find_project, plan_function
from scaffold.generate._access import ProjectEvidence
from scaffold.matching import (
    Choice,
    ProjectAccess,
    Refused,
    Strength,
    choose_template,
    match_request,
    strength_of,
)

# The app named by --tree: the set holding its entries and the repository their source
# starts with (``project_folder`` finds the project folder from an entry's source path).
APPS = {
    "dstack": (TEST_SET, "dstackai/dstack@"),
    "opal": (TEST_SET, "permitio/opal@"),
    "glances": (TWELFTH_SET, "nicolargo/glances@"),
    "bitcart": (TWELFTH_SET, "bitcart/bitcart@"),
    "yeti": (FOURTEENTH_SET, "yeti-platform/yeti@"),
    "superagi": (FOURTEENTH_SET, "TransformerOptimus/SuperAGI@"),
    "surfsense": (FOURTEENTH_SET, "MODSetter/SurfSense@"),
    "openreplay": (FOURTEENTH_SET, "openreplay/openreplay@"),
    "agentgpt": (FOURTEENTH_SET, "reworkd/AgentGPT@"),
    "keep": (FIFTEENTH_SET, "keephq/keep@"),
    "privategpt": (FIFTEENTH_SET, "zylon-ai/private-gpt@"),
    "mem0": (FIFTEENTH_SET, "mem0ai/mem0@"),
    "gptresearcher": (FIFTEENTH_SET, "assafelovic/gpt-researcher@"),
    "papermerge": (EIGHTEENTH_SET, "papermerge/papermerge-core@"),
    "ayon": (EIGHTEENTH_SET, "ynput/ayon-backend@"),
    "endurain": (NINETEENTH_SET, "joaovitoriasilva/endurain@"),
    "r2r": (TWENTIETH_SET, "SciPhi-AI/R2R@"),
    "morphik": (TWENTIETH_SET, "morphik-org/morphik-core@"),
    "cognee": (TWENTIETH_SET, "topoteretes/cognee@"),
    "airweave": (TWENTYFIRST_SET, "airweave-ai/airweave@"),
    "spoolman": (TWENTYTHIRD_SET, "Donkie/Spoolman@"),
    "reviro": (TWENTYFOURTH_SET, "JKLeorio/reviro_intership_back_teamB@"),
    "backenddst": (TWENTYSIXTH_SET, "awalnur/backend-dst@"),
    "coopwise": (TWENTYSIXTH_SET, "olaniyigeorge/coopwise@"),
    "imobly": (TWENTYSIXTH_SET, "Imobly/Backend@"),
    "cooking": (TWENTYSIXTH_SET, "Errormacr/Cooking@"),
    "payetonkayamspr": (TWENTYSIXTH_SET, "Mathieuakoubia/payetonkayamspr@"),
    "tiled": (TWENTYSIXTH_SET, "bluesky/tiled@"),
    "martapi": (TWENTYSIXTH_SET, "muneebxhasan/martapi@"),
    "netpalm": (TWENTYSIXTH_SET, "tbotnz/netpalm@"),
    "yt": (TWENTYSEVENTH_SET, "henwix/fastapi-yt@"),
    "octopos": (TWENTYSEVENTH_SET, "maulanasly/fastapi-octopos@"),
    "keepa": (TWENTYSEVENTH_SET, "orvilledev/FastAPI-Keepa@"),
    "mbg": (TWENTYSEVENTH_SET, "saptadi73/fastapi-mbg@"),
    "ukrdc": (TWENTYSEVENTH_SET, "renalreg/ukrdc-fastapi@"),
    "ravens": (TWENTYSEVENTH_SET, "Zattox/RavensPedia@"),
    "privexbot": (TWENTYSEVENTH_SET, "harystyleseze/privexbot@"),
    "saathii": (TWENTYSEVENTH_SET, "saathiiapp/saathii_backend_fastapi@"),
    "agentshub": (TWENTYEIGHTH_SET, "iagentshub/backend_fastapi@"),
    "dz": (TWENTYEIGHTH_SET, "alexesma/DZ_fastapi@"),
    "eventx": (TWENTYEIGHTH_SET, "ZenxRoleplay/eventx@"),
    "flashcards": (TWENTYEIGHTH_SET, "mikewng/adaptive-flashcards@"),
    "notivae": (TWENTYEIGHTH_SET, "notivae/notivae@"),
    "shvatka": (TWENTYEIGHTH_SET, "bomzheg/Shvatka@"),
    "mediamanager": (TWENTYEIGHTH_SET, "liandrewg/mediamanager@"),
    "oshkelosh": (TWENTYEIGHTH_SET, "Oshkelosh/oshkelosh_fastapi@"),
    "fincubes": (TWENTYNINTH_SET, "lordcod/fincubes-fastapi@"),
    "dms": (TWENTYNINTH_SET, "Gaazi/DMS_fastapi@"),
    "hotong": (TWENTYNINTH_SET, "Recircle2000/Hotong_Fastapi@"),
    "cautod": (TWENTYNINTH_SET, "xmustu/cautod_fastapi@"),
    "vaidya": (TWENTYNINTH_SET, "sujitsinghds54970/vaidya-vihar-diagnostic@"),
    "movigo": (TWENTYNINTH_SET, "john0148/Movigo@"),
    "safos": (TWENTYNINTH_SET, "asliddintursunoff/Safos-Backend@"),
    "weslei": (TWENTYNINTH_SET, "HenriqueBuzin/weslei-bassotto@"),
    "flohmarkt": (THIRTIETH_SET, "prototypefund/Flohmarkt@"),
    "babytroc": (THIRTIETH_SET, "VianneyRousset/babytroc@"),
    "bookmate": (THIRTIETH_SET, "Jeongsoheeme/bookmate@"),
    "gcinside": (THIRTIETH_SET, "gcinside/Gcinside-Backend-Fastapi@"),
    "ngm": (THIRTIETH_SET, "GerardRojas/NGM_FastAPI@"),
    "wirecloud": (THIRTIETH_SET, "oxixes/wirecloud-fastapi@"),
    "nebulabuds": (THIRTIETH_SET, "penghuaiyang/nebulabuds_fastapi@"),
    "uretim": (THIRTIETH_SET, "Mervedgan/uretim-takip-sistemi@"),
    "cafino": (THIRTYFIRST_SET, "PEZHMAN-KM/Cafino_Backend@"),
    "acesfpl": (THIRTYFIRST_SET, "Mul1ick/aces_fpl@"),
    "barbershop": (THIRTYFIRST_SET, "Koliesnichenko/barbershop-backend@"),
    "euniversity": (THIRTYFIRST_SET, "anton-serozhechkin/e_university_api@"),
    "swipe": (THIRTYFIRST_SET, "sashavipro/Swipe@"),
    "taskin": (THIRTYFIRST_SET, "Akmaljon2002/taskin-gilam@"),
    "pawbase": (THIRTYFIRST_SET, "Waadhmd/pawbase-api@"),
    "toshmi": (THIRTYFIRST_SET, "IslomjonovAbdulazim/toshmi_backend@"),
    "abaysystems": (THIRTYSECOND_SET, "eemrezcan/abaysystems@"),
    "aquarius": (THIRTYSECOND_SET, "gernotstarke/aquarius@"),
    "bolao": (THIRTYSECOND_SET, "wiUl/Bolao@"),
    "kyakhaoapi": (THIRTYSECOND_SET, "gitdaudali/kyakhaoapi@"),
    "osonpay": (THIRTYSECOND_SET, "15122108/osonpay-backend@"),
    "worktrack": (THIRTYSECOND_SET, "0oda0/worktrack@"),
    "velora": (THIRTYSECOND_SET, "0xSegun/velora@"),
    "sieshka": (THIRTYSECOND_SET, "Ale007XD/sieshka@"),
    "alphawing": (THIRTYTHIRD_SET, "alphawing-cmyk/api@"),
    "biblioteca": (THIRTYTHIRD_SET, "avelinofaco/api-biblioteca-universitaria@"),
    "chaai": (THIRTYTHIRD_SET, "parthavpovil/chaai-fastapi@"),
    "healthcare": (THIRTYTHIRD_SET, "DungLe0102/FASTAPI-HEALTHCARE@"),
    "pathfinder": (THIRTYTHIRD_SET, "Aarav0213/Pathfinder@"),
    "scfms": (THIRTYTHIRD_SET, "07kamrul/SCFMS@"),
    "tangawisa": (THIRTYTHIRD_SET, "ElielMukekwa/tangawisa_backend@"),
    "vami": (THIRTYTHIRD_SET, "01101001raj/vami@"),
    "carryit": (THIRTYFOURTH_SET, "tobiusaolo/Carryitrentals@"),
    "enteserver": (THIRTYFOURTH_SET, "itsuwari/enteserver@"),
    "fisherfans": (THIRTYFOURTH_SET, "EnzoCasalini/fisher-fans@"),
    "cinemas": (THIRTYFOURTH_SET, "harutkarapetyan/Cinemas@"),
    "ntawu": (THIRTYFOURTH_SET, "niyobern/ntawuzumunsi@"),
    "parcelpoint": (THIRTYFOURTH_SET, "phaspez/parcelpoint@"),
    "yasta": (THIRTYFOURTH_SET, "SoyDuilio/Yasta@"),
    "zariz": (THIRTYFOURTH_SET, "chernistry/zariz@"),
    "bazy": (THIRTYFIFTH_SET, "FalcO0O/Bazy-danych-II@"),
    "eatfal": (THIRTYFIFTH_SET, "eAtfal/eAtfal-1.0@"),
    "inventory": (THIRTYFIFTH_SET, "FauzanFL/inventory-backend@"),
    "angelhous": (THIRTYFIFTH_SET, "EpheyHertz/angelhouslistingbackendapis@"),
    "vpn": (THIRTYFIFTH_SET, "ahmadjamalnasir/VPN-backend@"),
    "realty": (THIRTYFIFTH_SET, "dnstock/realty-backend@"),
    "rezerver": (THIRTYFIFTH_SET, "omidekz/rezerver@"),
    "prowlingfox": (THIRTYFIFTH_SET, "ProwlingFox/ProwlingFox@"),
    "gfd": (THIRTYSIXTH_SET, "Ariyoz/gfd-backend-@"),
    "f1": (THIRTYSIXTH_SET, "AdamBakeeer/F1-api@"),
    "apex": (THIRTYSIXTH_SET, "AchuoCollins/apex-backend@"),
    "flowcare": (THIRTYSIXTH_SET, "JuhainaAlbadi/flowcare-backend@"),
    "petique": (THIRTYSIXTH_SET, "tanishqsrivastavaa/petique-app@"),
    "manejo": (THIRTYSIXTH_SET, "henriquesebastiao/modernizacao-manejo-api@"),
    "taleem": (THIRTYSIXTH_SET, "kineflas/taleem-backend@"),
    "xpacio": (THIRTYSIXTH_SET, "PkAlvaro/xpacio-backend@"),
    "azan": (THIRTYSEVENTH_SET, "InsafNilam/azan-api@"),
    "dispohub": (THIRTYSEVENTH_SET, "Relis-lol/dispohub@"),
    "pharmacy": (THIRTYSEVENTH_SET, "ammadanwer/hassanpharmacy@"),
    "loyiha": (THIRTYSEVENTH_SET, "Alpamisdev/loyihaofisi_fastapi@"),
    "travellito": (THIRTYSEVENTH_SET, "Fostonger/travellito@"),
    "sqippy": (THIRTYSEVENTH_SET, "kevinrudyanderson/sqippy@"),
    "roadbogo": (THIRTYSEVENTH_SET, "roadbogo/roadbogo-api@"),
    "medina": (THIRTYSEVENTH_SET, "RamonRabago/medina_autodiag@"),
    "joeyjones": (THIRTYEIGHTH_SET, "darrengowling/joeyjones@"),
    "eigokit": (THIRTYEIGHTH_SET, "jkconsultancy/eigokit_backend@"),
    "ferreteria": (THIRTYEIGHTH_SET, "Burmistrov4/Ferreteria-Adrialga-C.A.@"),
    "ferremas": (THIRTYEIGHTH_SET, "CristobalMora/ferremas@"),
    "sterling": (THIRTYEIGHTH_SET, "josdic1/sterling-fastapi-backend@"),
    "ytrc": (THIRTYEIGHTH_SET, "apiwat1229/YTRC-FastAPI-Backend@"),
    "skeduluk": (THIRTYEIGHTH_SET, "Royweru/skeduluk-backend-fastapi@"),
    "moa": (THIRTYEIGHTH_SET, "MOA-App/moa-backend-fastapi@"),
    "itoktok": (THIRTYNINTH_SET, "minsuhya/itoktok-fastapi-backend@"),
    "byonco": (THIRTYNINTH_SET, "byoncocare/byonco-fastapi-backend@"),
    "bobcat": (THIRTYNINTH_SET, "brejlpat/Bobcat_FastAPI_app@"),
    "lyp": (THIRTYNINTH_SET, "Fanilo-Nantenaina/backend_FastAPI_LYP@"),
    "pamsimas": (THIRTYNINTH_SET, "kipli176/pamsimas@"),
    "rmbener": (THIRTYNINTH_SET, "Lynx-thelearner/RM-bener@"),
    "csese": (FORTIETH_SET, "yaikobzeray/CSESE-API@"),
    "cinofilo": (FORTIETH_SET, "Dexterrlz/centro-cinofilo@"),
    "xilfa": (FORTIETH_SET, "Rakadetyo/xilfa-impera@"),
    "baitak": (FORTIETH_SET, "A-Elshahawy/baitak@"),
    "pharmapp": (FORTIETH_SET, "nomad3/pharmapp@"),
    "mbeapi": (FORTIETH_SET, "mictlanix/mbe-api@"),
    "libraclub": (FORTIETH_SET, "marianocappucci/libraclub@"),
    "oficina": (FORTIETH_SET, "leofontesrodrigues/oficina-mecanica-fastapi@"),
    "ayati": (FORTYFIRST_SET, "ayatiworkstechnologies/ayatiworks-backend-fastapi@"),
    "scae": (FORTYFIRST_SET, "anaestefanato/scae@"),
    "dnpeng": (FORTYFIRST_SET, "twentiecker/dnpeng-backend-fastapi@"),
    "fono": (FORTYFIRST_SET, "S0ntyrr/FonoApp@"),
    "kortex": (FORTYFIRST_SET, "ABDUKHODIROVKHUSAN/Kortex@"),
    "newsapi": (FORTYFIRST_SET, "IFUNMAN1358/News-FastAPI@"),
    "ozelders": (FORTYFIRST_SET, "kisisel29/ozelders@"),
    "quiz": (FORTYFIRST_SET, "compotts/quiz-system@"),
    "itam": (FORTYSECOND_SET, "AirEnot/ITAM-hack@"),
    "lsm": (FORTYSECOND_SET, "balachander-jenige/LocalServiceMarketplace@"),
    "law": (FORTYSECOND_SET, "TahaHosseinpour/Law_Platform_Backend@"),
    "inquizitor": (FORTYSECOND_SET, "cashewpillar/inquizitor@"),
    "salon": (FORTYSECOND_SET, "caadvisors1234/salon-gbp-system@"),
    "social": (FORTYSECOND_SET, "fxrebxrn/social-platform-fastapi-backend@"),
    "flotrafic": (FORTYSECOND_SET, "JoeWat2005/flotrafic-fastapi-backend@"),
    "conexao": (FORTYSECOND_SET, "lucasfbb/conexao_rural@"),
    "rhino": (FORTYTHIRD_SET, "maxstackrosenblum/rhino-hospital-kiroween@"),
    "jobhaunt": (FORTYTHIRD_SET, "jobissjo/job-haunt-fastapi-backend@"),
    "lufast": (FORTYTHIRD_SET, "11joao44/lu-fastapi-backend@"),
    "vacancy": (FORTYTHIRD_SET, "Andersoncrs5/job-vacancy-fastapi@"),
    "payable": (FORTYTHIRD_SET, "ddehueck/automated-accounts-payable@"),
    "auction": (FORTYTHIRD_SET, "trancuong31/auctionweb@"),
    "blood": (FORTYTHIRD_SET, "kateryna-nalivayko/blood-donor-system@"),
    "edulife": (FORTYTHIRD_SET, "111KartoFan111/EduLife_second_miscro@"),
    "learn": (FORTYFOURTH_SET, "Ishowar84/learningcenter_fastapi_backend@"),
    "tradelab": (FORTYFOURTH_SET, "Nisarg-13/Nisarg-TradeLab-Backend-FastAPI@"),
    "monitor": (FORTYFOURTH_SET, "kyle-Liuu/monitor-backend-fastapi@"),
    "ngd": (FORTYFOURTH_SET, "ashehta700/NGD-website-backend-FastAPI@"),
    "helpdesk": (FORTYFOURTH_SET, "AlexMobiCraft/helpdesk_app@"),
    "hauliq": (FORTYFOURTH_SET, "44AUS/HaulIQ@"),
    "fantasy": (FORTYFOURTH_SET, "3bkader-gpt/fantasy-5aside@"),
    "emory": (FORTYFOURTH_SET, "99qmls/Emory_backend@"),
    "quitanda": (FORTYFIFTH_SET, "RenanLira/quitanda-backend@"),
    "prestamos": (FORTYFIFTH_SET, "ChrithianC5Develop/prestamos-gota-a-gota@"),
    "medora": (FORTYFIFTH_SET, "deepakhere0/medora-backend@"),
    "founders": (FORTYFIFTH_SET, "Namanjha025/OnlyFounders@"),
    "conference": (FORTYFIFTH_SET, "Alexenier/Conference__Platform@"),
    "hostel": (FORTYFIFTH_SET, "ShivamMathtech/School-Hostel-Enterprise-API@"),
    "topdecked": (FORTYFIFTH_SET, "AndreFelipeAlmeida/top-decked-backend@"),
    "tourism": (FORTYFIFTH_SET, "H1n2zo/tourism_guide_fastapi@"),
    "keneyapp": (FORTYSIXTH_SET, "ngsanogo/keneyapp@"),
    "kmgroup": (FORTYSIXTH_SET, "whoiskb-cn/kmgroup@"),
    "odontohub": (FORTYSIXTH_SET, "laziz007-gpu/OdontoHub@"),
    "rentals": (FORTYSIXTH_SET, "zlterry69/rentals-sdk-back@"),
    "pacs": (FORTYSIXTH_SET, "AjayCharan18/COOPERATIVE-PACS-SOCIETY@"),
    "dental": (FORTYSIXTH_SET, "lobsam/dental-portal-backend@"),
    "driverhub": (FORTYSIXTH_SET, "tolia77/driverhub-backend@"),
    "erp": (FORTYSIXTH_SET, "Ali-Adel-Zewailcity/ERP-System-backend@"),
    "auctionru": (FORTYSEVENTH_SET, "MrPlatynum/OnlineAuction@"),
    "parcella": (FORTYSEVENTH_SET, "parcella-garden/parcella@"),
    "rakeflow": (FORTYSEVENTH_SET, "JuanD-Silva/RakeFlow@"),
    "repensar": (FORTYSEVENTH_SET, "M1ngos/repensar-multiplatform-backend@"),
    "aada": (FORTYSEVENTH_SET, "hfredrick69/aada_lms@"),
    "bini": (FORTYSEVENTH_SET, "Darzen-King/BINI-transient-sys@"),
    "bmmpos": (FORTYSEVENTH_SET, "crypto2retire/BMM-POS@"),
    "sacco": (FORTYSEVENTH_SET, "Isabirye-alex/sacco_system@"),
    "klikava": (FORTYEIGHTH_SET, "DimaBabich0/Klikava_Backend@"),
    "quanly": (FORTYEIGHTH_SET, "23050155-sketch/Quan-Ly-Nhan-Su@"),
    "receta": (FORTYEIGHTH_SET, "davidguzman1991/receta-facil-backend@"),
    "rentease": (FORTYEIGHTH_SET, "NatanLis/rent-ease@"),
    "gelinvent": (FORTYEIGHTH_SET, "gelchrist-coder/gel-invent@"),
    "salvio": (FORTYEIGHTH_SET, "jorgeiraheta01/Salvio_Backend@"),
    "slottime": (FORTYEIGHTH_SET, "WojciechMankowski/slotTime_api@"),
    "vibegarage": (FORTYEIGHTH_SET, "Cieltechltd/vibegarage-backend@"),
    "legacy": (FORTYNINTH_SET, "Edmund044/legacy_academy-backend@"),
    "loansvc": (FORTYNINTH_SET, "ryandougkoch-stack/loan-servicing@"),
    "mirfa": (FORTYNINTH_SET, "IrshuKT/mirfa_transport@"),
    "rentalmgr": (FORTYNINTH_SET, "ronnyokumu7-arch/rental-manager-backend@"),
    "booklet": (FORTYNINTH_SET, "Omerhrr/Booklet@"),
    "community": (FORTYNINTH_SET, "harsham1998/communityexpress-api@"),
    "hrmsf": (FORTYNINTH_SET, "oyejimmy/hrm-sf-be@"),
    "truckback": (FORTYNINTH_SET, "TruckBack/Backend@"),
    "ams": (FIFTIETH_SET, "gptcsams-ams/AMS-v1-backend@"),
    "astrynox": (FIFTIETH_SET, "Digizone-lk/AstrynoxERP-backend@"),
    "carwash": (FIFTIETH_SET, "BaxterMojica18/CarWash-Website@"),
    "artist": (FIFTIETH_SET, "dadequate/common-artist@"),
    "gated": (FIFTIETH_SET, "chihwayi/gated-community-system@"),
    "hostelms": (FIFTIETH_SET, "Kiran3100/hostel-management-system@"),
    "lifarando": (FIFTIETH_SET, "Hossainimamnishat/lifarando_backend@"),
    "localsvc": (FIFTIETH_SET, "Kushpatel11/local-services-backend@"),
    "nephro": (FIFTYFIRST_SET, "Anastasia-Trahanova/mis_nephrology@"),
    "negocia": (FIFTYFIRST_SET, "NicoFox01/negociAppBe@"),
    "platelink": (FIFTYFIRST_SET, "MwailaCoding/platelinkbackend@"),
    "racketek": (FIFTYFIRST_SET, "Hari-r31/racketek_backend@"),
    "saasbe": (FIFTYFIRST_SET, "florencygajera/Saas-Backend@"),
    "tiwari": (FIFTYFIRST_SET, "sushant8ds/Tiwari_Hospital_Management@"),
    "vehicle": (FIFTYFIRST_SET, "gangadhartiwari/Vehicle_Rental@"),
    "workshop": (FIFTYFIRST_SET, "Sakaarr/Workshop-ERP-BE@"),
    "kuilinga": (FIFTYSECOND_SET, "kjlinux/kuilinga-backend@"),
    "opa": (FIFTYSECOND_SET, "opa-production/opabackend@"),
    "pilates": (FIFTYSECOND_SET, "propertyhub6969-hue/pilates@"),
    "rentdesk": (FIFTYSECOND_SET, "muneebulhassanpak/rent-desk-api@"),
    "cliniccrm": (FIFTYSECOND_SET, "shronme/clinic-crm@"),
    "servicehub": (FIFTYSECOND_SET, "dhaya-py/ServiceHub-Service-Booking-Management-System@"),
    "stays": (FIFTYSECOND_SET, "RadiSaiyed/syriasuperapp@"),
    "travelbnb": (FIFTYSECOND_SET, "Tushaar00007/TravelBNB-BACKEND@"),
    "idecap": (FIFTYTHIRD_SET, "jesus-bazan-entel/IdecapLMS@"),
    "medico": (FIFTYTHIRD_SET, "Medico24/medico24-backend@"),
    "mindmate": (FIFTYTHIRD_SET, "hammadmunir959/MindMate@"),
    "psischool": (FIFTYTHIRD_SET, "rohailk6/psi-school-cms@"),
    "echobyte": (FIFTYTHIRD_SET, "me-parvathi/echobyte@"),
    "hotelapi": (FIFTYTHIRD_SET, "Tzumx/HotelAPI@"),
    "schooltask": (FIFTYTHIRD_SET, "StoneSteel27/School-Task-and-Attendance-System@"),
    "ticketing": (FIFTYTHIRD_SET, "grzechuzz/TicketingSystem@"),
    "autodealer": (FIFTYFOURTH_SET, "andriisyniuchenko/auto_dealer_crm@"),
    "booksmart": (FIFTYFOURTH_SET, "MaveDevs/booksmart_backend@"),
    "alphasync": (FIFTYFOURTH_SET, "reigamesoficial/AlphaSync@"),
    "dreambig": (FIFTYFOURTH_SET, "arunderam/dreambig-real-estate-platform@"),
    "ghanax": (FIFTYFOURTH_SET, "GyasiAmosKwadwo/GhanaXplore@"),
    "ghanischool": (FIFTYFOURTH_SET, "MianAhmadYasin/ghani-school-backend@"),
    "healthhub": (FIFTYFOURTH_SET, "Gabriellaxs/HealthHubBackend@"),
    "iatour": (FIFTYFOURTH_SET, "Faycall1l/IA-Tour-Algerie@"),
    "pharmaos": (FIFTYFIFTH_SET, "Qui-vira/pharmaos-backend@"),
    "movesaathi": (FIFTYFIFTH_SET, "harsh21234i/movesaathi-backend@"),
    "nemsas": (FIFTYFIFTH_SET, "Chi-G/nemsas-backend@"),
    "mediflow": (FIFTYFIFTH_SET, "hemanthballa07/mediflow@"),
    "boarding": (FIFTYFIFTH_SET, "aboyphm/saas-boardingschool-backend@"),
    "schoolbe": (FIFTYFIFTH_SET, "dishajain123/school_backend@"),
    "socrates": (FIFTYFIFTH_SET, "wagnervivianii/SocratesTenis_BackEnd@"),
    "tamgam": (FIFTYFIFTH_SET, "viqrilabs-code/TamGam@"),
    "campulse": (FIFTYSIXTH_SET, "codingwithchitra777/campulse-backend@"),
    "ebodha": (FIFTYSIXTH_SET, "amitkumardhar/ebodha@"),
    "edustream": (FIFTYSIXTH_SET, "baltabekpro/EduStream@"),
    "eventmgmt": (FIFTYSIXTH_SET, "AtiqUrRehman17/Event_Management_System_FastAPI@"),
    "gigvault": (FIFTYSIXTH_SET, "Hatim-Mustafa/GigVault_backend@"),
    "taller": (FIFTYSIXTH_SET, "Hesqueletorm/gestiontaller-backend@"),
    "hcbackend": (FIFTYSIXTH_SET, "JSPN9400/hc_backend@"),
    "hrm": (FIFTYSIXTH_SET, "parthu323566patel00-bot/hrm@"),
    "mindrobo": (FIFTYSEVENTH_SET, "sonushetty2026/mindrobo-api@"),
    "pacsflow": (FIFTYSEVENTH_SET, "giojik/pacsflow-appointments@"),
    "onetwenty": (FIFTYSEVENTH_SET, "onetwenty-dev/OneTwentyBackend@"),
    "prontivus": (FIFTYSEVENTH_SET, "blocknova525/prontivus-backend@"),
    "siscom": (FIFTYSEVENTH_SET, "JesusCabrera84/siscom-admin-api@"),
    "worktime": (FIFTYSEVENTH_SET, "Niafon/WorkTime-Sync@"),
    "savdogar": (FIFTYSEVENTH_SET, "Hazratqul21/savdogar@"),
    "keepers": (FIFTYSEVENTH_SET, "Canis-Ignem/total-keepers-be@"),
    "coddy": (FIFTYEIGHTH_SET, "AziCodder/api_coddy_crm@"),
    "bjx": (FIFTYEIGHTH_SET, "Ecamposg95/BJX-Atlas-Api@"),
    "careerforge": (FIFTYEIGHTH_SET, "shweta2804-hub/CareerForge@"),
    "nyumba": (FIFTYEIGHTH_SET, "joshuaalinanichishimba-cmyk/FindMyNyumba@"),
    "jmsk": (FIFTYEIGHTH_SET, "armencho53/JMSK-Backend@"),
    "lmsbe": (FIFTYEIGHTH_SET, "kiranTejaK/lms-be@"),
    "hsbackend": (FIFTYEIGHTH_SET, "StepLogic/hs-backend@"),
    "lmsbackend": (FIFTYEIGHTH_SET, "mE-uMAr/lms-backend@"),
    "ruggylab": (FIFTYNINTH_SET, "rommellnelson-ux/ruggylab-os@"),
    "qcrm": (FIFTYNINTH_SET, "mansoorgt/q-crm-backend@"),
    "batera": (FIFTYNINTH_SET, "nathanael10142/nathanael-batera@"),
    "paylink": (FIFTYNINTH_SET, "naphe12/paylink-backend@"),
    "studentmgr": (FIFTYNINTH_SET, "xuanndong/StudentManager@"),
    "sbt": (FIFTYNINTH_SET, "ltrfrd/SBT@"),
    "waveglider": (FIFTYNINTH_SET, "tylerbyrne-me/Wave-Glider-Buddy-System@"),
    "siirh": (FIFTYNINTH_SET, "Soozey/SIIRH@"),
    "shiptrack": (FIFTYNINTH_SET, "MaciejSantkiewicz/shipment-tracker-api@"),
    "africasoko": (SIXTIETH_SET, "AZHIK/africa-soko-backend@"),
    "awakynn": (SIXTIETH_SET, "AnimHaus/awakynn-backend@"),
    "csedu": (SIXTIETH_SET, "EhsanUddoula/CSEDU-backend@"),
    "eduverse": (SIXTIETH_SET, "EmanShahbaz22/EduVerse-AI-main-backend@"),
    "libsoma": (SIXTIETH_SET, "HumbertoSuk/LibSoma@"),
    "graphitech": (SIXTIETH_SET, "Great2008/graphitech-academy-backend@"),
    "kenjaflex": (SIXTIETH_SET, "Jkabiru/Kenjaflex@"),
    "hmsfinal": (SIXTIETH_SET, "Lee123-hub33/Hms_finalrepo@"),
    "nrep": (SIXTYFIRST_SET, "Louabz1978/nrep-backend@"),
    "propvista": (SIXTYFIRST_SET, "divyadonga8897-a11y/Propvista-backend@"),
    "skolanova": (SIXTYFIRST_SET, "mrdegbe/skolanova_api@"),
    "restomanage": (SIXTYFIRST_SET, "Khaleelrahman7/Resto_Manage_Backend@"),
    "otoservis": (SIXTYFIRST_SET, "Pyro137/otoservis-web@"),
    "tutorhub": (SIXTYFIRST_SET, "praveen741610/tutorhub@"),
    "saaserp": (SIXTYFIRST_SET, "stanwu/saas-erp-ims@"),
    "tatuasasa": (SIXTYFIRST_SET, "TimonKosgei/tatuasasa-backend@"),
    "smartinv": (SIXTYFIRST_SET, "Priyamvada-19/Smart-Inventory-Forecasting-Platform@"),
    "tutorstudent": (SIXTYFIRST_SET, "bugovsky/tutor-student-server@"),
    "warehouse": (SIXTYFIRST_SET, "MuradGsm/warehouse_system@"),
    "clearrun": (SIXTYSECOND_SET, "devprav04/Clearrun@"),
    "calculator": (SIXTYSECOND_SET, "farokhramzipour-design/calculator-backend@"),
    "cookieflix": (SIXTYSECOND_SET, "destone28/cookieflix@"),
    "buddyapi": (SIXTYSECOND_SET, "gavishap/buddy-api@"),
    "benefits": (SIXTYSECOND_SET, "AlexGunin/benefits_backend@"),
    "hospitalbe": (SIXTYSECOND_SET, "Ddraig639/hospitalbackend@"),
    "hashproject": (SIXTYSECOND_SET, "Asongna-frank/Hash-project@"),
    "hmsathar": (SIXTYSECOND_SET, "MohammadAthar786/hospital_management_system@"),
    "hostelpulse": (SIXTYSECOND_SET, "anurag-panda-dev/HostelPulse-API-v1@"),
    "librarybe": (SIXTYSECOND_SET, "konstantin2710204/library-backend-project@"),
    "projecto2": (SIXTYTHIRD_SET, "Optiminastic/project-O2-backend-@"),
    "manhattan": (SIXTYTHIRD_SET, "KairavThakar90/manhattancomfortcrm_backend@"),
    "nestlio": (SIXTYTHIRD_SET, "daeyoungshinme/nestlio@"),
    "marketplace": (SIXTYTHIRD_SET, "AndersonSantos97/marketplace@"),
    "serverhrms": (SIXTYTHIRD_SET, "jyoti602/server-hrms@"),
    "suyay": (SIXTYTHIRD_SET, "DylanQL/suyay-events-backend@"),
    "stealth": (SIXTYTHIRD_SET, "Gaurav-B-R/stealth@"),
    "sapproc": (SIXTYTHIRD_SET, "Himanshu09072005/SAP-Procurement-System@"),
    "billingftth": (SIXTYFOURTH_SET, "Ahmad-Rizki21/BillingFtthV2@"),
    "facilityfix": (SIXTYFOURTH_SET, "DefinitelyNotAnAssassin/FacilityFixBackend@"),
    "afrikalytics": (SIXTYFOURTH_SET, "Afrikalytics/afrikalytics-api@"),
    "bazar": (SIXTYFOURTH_SET, "Biden01/bazar-backend@"),
    "hr": (SIXTYFOURTH_SET, "Manoj-Mahat0/H-R@"),
    "hrmsbarik": (SIXTYFOURTH_SET, "TapanKumarBarik/hrms@"),
    "ignyt": (SIXTYFOURTH_SET, "VATPSY/ignyt-erp@"),
    "kaayu": (SIXTYFOURTH_SET, "himanrawat08/kaayu_manager@"),
    "parkingmgmt": (SIXTYFIFTH_SET, "RyanFeiluX/parking-management@"),
    "ourschool": (SIXTYFIFTH_SET, "DGAzr/ourschool@"),
    "milkdist": (SIXTYFIFTH_SET, "Praseed35/milk-distribution-management_AI@"),
    "paperman": (SIXTYFIFTH_SET, "Mindlo101/papermansolutions@"),
    "ndorome": (SIXTYFIFTH_SET, "kadefue/ndorome-ims@"),
    "smartparking": (SIXTYFIFTH_SET, "NickGAce/smart_parking_s@"),
    "umeed": (SIXTYFIFTH_SET, "nabayousuf27/Umeed-AI@"),
    "sungano": (SIXTYFIFTH_SET, "nyashaChiza/sungano-api@"),
    "splitapp": (SIXTYFIFTH_SET, "Strongf-bob/SplitAppBackend@"),
    "uzrock": (SIXTYFIFTH_SET, "azamvosejonov/UzRock@"),
    "clinic2p": (SIXTYSIXTH_SET, "Lalocal1210/clinic-api-2p@"),
    "devtrack": (SIXTYSIXTH_SET, "hassanziarak-png/devtrack@"),
    "barberia": (SIXTYSIXTH_SET, "DiegxRG/Backend_Barberia@"),
    "bbg": (SIXTYSIXTH_SET, "1king-sly/bbg_backend@"),
    "accounting": (SIXTYSIXTH_SET, "6838gamal/Accounting-System-@"),
    "gbyke": (SIXTYSIXTH_SET, "moksh3112/gbyke_erp@"),
    "giftly": (SIXTYSIXTH_SET, "GiftlyKSA/giftly_backend@"),
    "gymerp": (SIXTYSIXTH_SET, "gaithaziz/gym-erp@"),
    "lexis": (SIXTYSIXTH_SET, "GaleevArslanDev/lexis-backend@"),
    "milla99": (SIXTYSEVENTH_SET, "V4roah/milla99-backend@"),
    "opencrags": (SIXTYSEVENTH_SET, "opencrags/opencrags-rest-api@"),
    "novasell": (SIXTYSEVENTH_SET, "novasell10-commits/novasell_project@"),
    "sys081": (SIXTYSEVENTH_SET, "XingCEO/081-system@"),
    "optiv": (SIXTYSEVENTH_SET, "perfectgbakidz/optivlivebackend@"),
    "zetanet": (SIXTYSEVENTH_SET, "KIKE23292967092369/ZetaNet@"),
    "timesheet": (SIXTYSEVENTH_SET, "bgdnnn/timesheet-backend@"),
    "tabula": (SIXTYSEVENTH_SET, "duquediazn/tabula-backend@"),
    "smartlib": (SIXTYSEVENTH_SET, "Miguel25darwin/SmartLib-Backend@"),
    "saferide": (SIXTYSEVENTH_SET, "andreee-ff/SafeRide-Backend@"),
    "petconnect": (SIXTYEIGHTH_SET, "AaronFerrer-VLC/PetConnect@"),
    "ecombackend": (SIXTYEIGHTH_SET, "AshokSaptnova/ecommerce-backend@"),
    "ptcalcaldias": (SIXTYEIGHTH_SET, "FernuDev/ptc-alcaldias-backend@"),
    "gastropilot": (SIXTYEIGHTH_SET, "GastroPilot/gastropilot-backend@"),
    "halcones": (SIXTYEIGHTH_SET, "AndresDFX/halcones-platform@"),
    "kasifiber": (SIXTYEIGHTH_SET, "Smilo-dev2022/kasi-fiber-deployment-management@"),
    "jusfinn": (SIXTYEIGHTH_SET, "Anmol33/jusfinn-services@"),
    "nightdriver": (SIXTYNINTH_SET, "ChamnanHang/nightdriver-app@"),
    "realestateprop": (SIXTYNINTH_SET, "Bigdreams415/real-estate-property@"),
    "rentalmgmt": (SIXTYNINTH_SET, "34-neree/Real-Estate-Rental-and-Tenant-Management-System@"),
    "railway": (SIXTYNINTH_SET, "bharani456/Railway-Backend@"),
    "rugano": (SIXTYNINTH_SET, "Wycliff-Kimani/Rugano-locking-system@"),
    "vbsos": (SIXTYNINTH_SET, "VBS-AL/vbs-os@"),
    "yixuan": (SIXTYNINTH_SET, "zsdd2/yixuan@"),
    "sentribid": (SIXTYNINTH_SET, "bibicheick/sentribid-backend@"),
    "verktorg": (SIXTYNINTH_SET, "salli94/Verktorg@"),
    "smartzno": (SIXTYNINTH_SET, "Sneezyan123/SmartZno_Manager_backend@"),
    "adhera": (SEVENTIETH_SET, "24co35-ops/ADHERA@"),
    "atbackend": (SEVENTIETH_SET, "ATIS-UP/AT-Backend@"),
    "aurelia": (SEVENTIETH_SET, "19A55A0412/aurelia-backend@"),
    "dtransfert": (SEVENTIETH_SET, "BhoyeBah/d-transfert-backend@"),
    "campusupport": (SEVENTIETH_SET, "ErTev/CampuSupport@"),
    "hrmfastapi": (SEVENTIETH_SET, "SyedJawad125/HRM-FastApi@"),
    "hrbackend": (SEVENTIETH_SET, "Rodwan26/hr-backend@"),
    "lmsstg": (SEVENTIETH_SET, "ideamakr/lms-stg@"),
    "foodbank": (SEVENTIETH_SET, "ChukwuemekaCoder/food-bank@"),
    "hrappbe": (SEVENTIETH_SET, "Nithushan-Balasingham/Hr_App_BE@"),
    "pretexi": (SEVENTYFIRST_SET, "VimalShetty07/pretexi_backend@"),
    "ridebymyidea": (SEVENTYFIRST_SET, "ankit1141r/ride_by_my_idea@"),
    "pettransport": (SEVENTYFIRST_SET, "itsaraphapthanatka/pet_transport_fastapi_bakend@"),
    "relatorio": (SEVENTYFIRST_SET, "MarioEsPe/Proyecto_Relatorio@"),
    "stockbite": (SEVENTYFIRST_SET, "TR-Mohd/Stockbite@"),
    "smartattend": (SEVENTYFIRST_SET, "Dantesos33/SmartAttendBackend@"),
    "trcflms": (SEVENTYFIRST_SET, "nguyentrucanhtuan/trcf_lms_backend@"),
    "trackflow": (SEVENTYFIRST_SET, "mholtyn/trackflow@"),
    "zukkor": (SEVENTYFIRST_SET, "AsilbekDeveloper/zukkor_backend@"),
    "nexus": (SEVENTYSECOND_SET, "AditiShrivastava28/nexus_backend@"),
    "inventorysys": (SEVENTYSECOND_SET, "Ayomide-star15/Inventory-Sys@"),
    "eventmgmtsys": (SEVENTYSECOND_SET, "Anmol0220/event-management-system@"),
    "ecomfastapi": (SEVENTYSECOND_SET, "ElonTusk404/ecommerce-fastapi-backend@"),
    "bookingapp": (SEVENTYSECOND_SET, "Charelk2/booking-app@"),
    "fixion": (SEVENTYSECOND_SET, "fixion-platform/fixion-platform@"),
    "lazeims": (SEVENTYSECOND_SET, "kiyaboapp/lazeims-core@"),
    "kxexam": (SEVENTYSECOND_SET, "FishCat233/kx-exam-system-backend@"),
    "patientcare": (SEVENTYSECOND_SET, "bchbenjamin/Integrated-Patient-Care-Management-System@"),
    "grs": (SEVENTYSECOND_SET, "project-s4/grs-backend@"),
    "qualitykpi": (SEVENTYTHIRD_SET, "moazizdev/Quality-KPI@"),
    "reitler": (SEVENTYTHIRD_SET, "Ardelean-Claudiu-Andrei/reitlermanagementbe@"),
    "mediventory": (SEVENTYTHIRD_SET, "YNKIND/mediventory-api@"),
    "nakatomi": (SEVENTYTHIRD_SET, "mrdulasolutions/NakatomiCRM@"),
    "sarc360": (SEVENTYTHIRD_SET, "moh09012-del/sarc360-backend@"),
    "sasbackend": (SEVENTYTHIRD_SET, "saeedurahman/sas_backend@"),
    "smartbhopal": (SEVENTYTHIRD_SET, "RavendraPatel09/smart_bhopal_backend@"),
    "turizm": (SEVENTYTHIRD_SET, "softjol/turizm@"),
    "crmcynerza": (SEVENTYFOURTH_SET, "Adi-7i/CRM--CYNERZA@"),
    "bchbackend": (SEVENTYFOURTH_SET, "Bitcoin-Culture-Hub/bch-backend@"),
    "employeeacct": (SEVENTYFOURTH_SET, "DonBellozi/employee-account-manager@"),
    "ecomplatform": (SEVENTYFOURTH_SET, "Asmi1908/ecommerce-platform@"),
    "courseenroll": (SEVENTYFOURTH_SET, "BbyFAy16/course-enrollment-capstone-api@"),
    "footballms": (SEVENTYFOURTH_SET, "Ravin-Dulanjana/football-league-ms-v2@"),
    "gerniapi": (SEVENTYFOURTH_SET, "Gernika-DidaktikApp/GerniApi@"),
    "inspection": (SEVENTYFOURTH_SET, "mateo-bolanos/inspection-checklist@"),
    "kindergarten": (SEVENTYFOURTH_SET, "Aliii2004/kindergarten_app@"),
    "curio": (
        SEVENTYFIFTH_SET,
        "rohitrksingh1920/REACT-Curio-Cloud-Based-Quiz-System-FastApi-Backend@",
    ),
    "risetnesia": (SEVENTYFIFTH_SET, "muhanangmahrub/risetnesia-tryout-fastapi-react@"),
    "pizzaeaters": (SEVENTYFIFTH_SET, "KamilGrundas/Pizza-eaters_FastApi-Project@"),
    "reactfastapi": (SEVENTYFIFTH_SET, "TAnd-dev/react-fastapi-app@"),
    "poultry": (SEVENTYFIFTH_SET, "rajabalanj/Poultry-management-backend@"),
    "universe": (SEVENTYFIFTH_SET, "Moksh1704/Universe----Backend@"),
    "tsherp": (SEVENTYFIFTH_SET, "Qmop1967/tsh-erp-system@"),
    "substrate": (SEVENTYFIFTH_SET, "NorthCommits/substrate-backend@"),
    "vzaemodiia": (SEVENTYFIFTH_SET, "oustalker/vzaemodiia@"),
    "taskhub": (SEVENTYFIFTH_SET, "hoantd-2455/taskhub-python-demo@"),
    "sspayroll": (SEVENTYFIFTH_SET, "aspenragdolls/ss_payroll@"),
    "epicecom": (SEVENTYSIXTH_SET, "TranHoangDatSC/Epic-Ecommerce-FastAPI@"),
    "blogreact": (SEVENTYSIXTH_SET, "oscaroguledo/blog-app-fastapi-react@"),
    "crmsystem": (SEVENTYSIXTH_SET, "mflorya777/crm-system-Fastapi-React@"),
    "blogapi": (SEVENTYSIXTH_SET, "hamidgh01/BlogAPI-FastAPI@"),
    "calorie": (SEVENTYSIXTH_SET, "md-abid-hussain/calorie-management-restapi-fastapi@"),
    "restaurant": (SEVENTYSIXTH_SET, "rauljimm/FastAPI-Restaurant-Server@"),
    "inventoryapi": (SEVENTYSIXTH_SET, "pokevaultpro/fastapi-inventory-management-api@"),
    "hospital": (SEVENTYSIXTH_SET, "harshitaliya01/FastAPI_Hospital_Management@"),
    "taskmanager": (SEVENTYSIXTH_SET, "QuangQuy420/fastapi-task-manager@"),
    "eventplanning": (SEVENTYSIXTH_SET, "Mariam0Ashraf/FastAPI-EventPLanning@"),
    "library": (SEVENTYSIXTH_SET, "smigy32/fastapi-library@"),
    "bookingplatform": (SEVENTYSIXTH_SET, "nithinshibu/fastapi-booking-platform@"),
    "myfastapi": (SEVENTYSEVENTH_SET, "Mohit-555/my-fastapi-app@"),
    "mealifast": (SEVENTYSEVENTH_SET, "mealifast-source/mealifast-api-fastapi@"),
    "expense": (SEVENTYSEVENTH_SET, "Faizul-Bitto/Project-Expense-Tracker-with-FastAPI-Backend@"),
    "mapp": (SEVENTYSEVENTH_SET, "Bogger-byte/MAPP-FastAPI-Backend@"),
    "usermgmt": (SEVENTYSEVENTH_SET, "rafawildfire42/python-fastapi-user-management@"),
    "pmsystem": (SEVENTYSEVENTH_SET, "Rindikt/project-management-system-fastapi@"),
    "wilbeth": (SEVENTYSEVENTH_SET, "333-RR-13/wilbeth@"),
    "teamsheet": (SEVENTYSEVENTH_SET, "KortSchaefer/TeamSheetAPIWebsite@"),
    "shiftdock": (SEVENTYSEVENTH_SET, "SuryaThirukonda/ShiftDock_backend_sample@"),
    "volunteer": (SEVENTYSEVENTH_SET, "Raed-7/volunteer-hours-API-cw1@"),
    "workplan": (SEVENTYSEVENTH_SET, "OsYv/Workplan-api@"),
    "zdrkpi": (SEVENTYSEVENTH_SET, "man24379dslll-del/zdr-kpi-backend@"),
    "books": (SEVENTYEIGHTH_SET, "FabioPita18/books-api-fastapi@"),
    "dater": (SEVENTYEIGHTH_SET, "Poojan670/Dater-backend-fastapi@"),
    "blogapi2": (SEVENTYEIGHTH_SET, "NewGenesis04/Blog-API-FastAPI@"),
    "budget": (SEVENTYEIGHTH_SET, "Chenger1/BudgetApi-FastApi@"),
    "asyncchat": (SEVENTYEIGHTH_SET, "xifOO/async_chat_fastapi@"),
    "dbcourse": (SEVENTYEIGHTH_SET, "wojtek-rz/db-course-fastapi-app@"),
    "fecombackend": (SEVENTYEIGHTH_SET, "bogdan0089/fastapi-ecommerce-backend@"),
    "fecomapi": (SEVENTYEIGHTH_SET, "MHRimon44/fastapi-ecommerce-api@"),
    "hrms": (SEVENTYEIGHTH_SET, "Hira-Iftikhar-123/HRMS_backend@"),
    "freshbreath": (
        SEVENTYEIGHTH_SET,
        "HimanshuEcommerceCollections/Fresh-Breath-Therapy-dashboard-Server@",
    ),
    "learnbackend": (SEVENTYEIGHTH_SET, "rustemtess/learn-backend@"),
    "multiauth": (SEVENTYNINTH_SET, "mjtechguy/Python-fastapi-multiauth-uv@"),
    "cinema": (SEVENTYNINTH_SET, "Liliyakhu/online_cinema_fastapi_project@"),
    "mysqlstarter": (SEVENTYNINTH_SET, "nazir17/Python-FastAPI-MySQL-REST-API-Starter-main@"),
    "fastapiadmin": (SEVENTYNINTH_SET, "lsugarj/python-fastapi-admin@"),
    "mystudy": (SEVENTYNINTH_SET, "gorodovoy9000/my_study_FastAPI@"),
    "webservarr": (SEVENTYNINTH_SET, "JordanFromIT/Webservarr@"),
    "tekvwarho": (SEVENTYNINTH_SET, "EfeObus/TekVwarho-ProAudit@"),
    "zurys": (SEVENTYNINTH_SET, "BeastikCz/zurys-webos@"),
    "vending": (SEVENTYNINTH_SET, "Eddyycode/vending-machine-apis@"),
    "ticket": (SEVENTYNINTH_SET, "MSeyyidDev/ticket-system-api@"),
    "contable": (EIGHTIETH_SET, "PerezO12/Api-Contable-Fastapi@"),
    "gestion": (EIGHTIETH_SET, "mekem688/API_fastapi_gestion@"),
    "adrab": (EIGHTIETH_SET, "Agility-AI-Pvt-Ltd/ADRAB@"),
    "crmbackend": (EIGHTIETH_SET, "jaortiz92/crm_backend@"),
    "hubbo": (EIGHTIETH_SET, "bilitade/hubbo@"),
    "labsense": (EIGHTIETH_SET, "AbhiramK01/LabSense@"),
    "stockmgmt": (EIGHTIETH_SET, "DBAK15/fast-api-stock-management@"),
    "logistics": (EIGHTIETH_SET, "Arya-man12/Logistics_management@"),
    "feyaifastapi": (EIGHTIETH_SET, "FeyaiFey/FastApi@"),
    "labassistant": (EIGHTIETH_SET, "Alegrus/LabAssistant@"),
    "menuzen": (EIGHTYFIRST_SET, "misaJohary/menu_zen_back@"),
    "pizzashop": (EIGHTYFIRST_SET, "naseer03/pizzashop-api@"),
    "rmsbilling": (EIGHTYFIRST_SET, "Junaid-7080/rms-billing-backend@"),
    "restaurantfb": (EIGHTYFIRST_SET, "irfanbykara/Restaurant-App-Fastapi-Backend@"),
    "odooadamas": (EIGHTYFIRST_SET, "Soumyajit-io/OdooAdamas@"),
    "tcmudah": (EIGHTYFIRST_SET, "Nappiz/TCMudah@"),
    "turkeypos": (EIGHTYFIRST_SET, "ColtenOuO/TurkeyPOS@"),
    "tenanthub": (EIGHTYFIRST_SET, "Bishnu2430/tenant-hub@"),
    "trackteq": (EIGHTYFIRST_SET, "DALWADI-ARYAN-PRANAVKUMAR/TrackTeq@"),
    "shiftsystem": (EIGHTYFIRST_SET, "haggaikar-maker/shift-system@"),
    "scopeops": (EIGHTYFIRST_SET, "adewoye-saheed-dML/scopeops@"),
    "schoolsystem": (EIGHTYFIRST_SET, "Rahul-Ravi-1/SchoolSystemProject@"),
    "cargonaut": (EIGHTYSECOND_SET, "NikunjSharma-dev/cargonaut@"),
    "customcrm": (EIGHTYSECOND_SET, "AgbodesiImoagene/Custom-CRM@"),
    "classflow": (EIGHTYSECOND_SET, "Abrehmant7/ClassFlow@"),
    "emobile": (EIGHTYSECOND_SET, "Arnaud-Dev04/emobile-backend@"),
    "bugtracker": (EIGHTYSECOND_SET, "Dakshagarwal5/bug-tracker-@"),
    "atlas": (EIGHTYSECOND_SET, "GratiaManullang03/atlas@"),
    "agencydash": (EIGHTYSECOND_SET, "AEhab-Dev/agency-dash-Backend@"),
    "hoa": (EIGHTYSECOND_SET, "Bhanuteja59/hoa-backend-2.0@"),
    "famu": (EIGHTYSECOND_SET, "Aeronk/famu@"),
    "grantflow": (EIGHTYSECOND_SET, "erasheqiri1/GrantFlow-Backend@"),
    "hotelmgmt": (EIGHTYSECOND_SET, "het-modi-python-ak/hotel_managemen_fastapi@"),
    "medikeep": (EIGHTYTHIRD_SET, "afairgiant/MediKeep@"),
    "nilo": (EIGHTYTHIRD_SET, "NeoVisionsAI/NILO-backend@"),
    "msafiri": (EIGHTYTHIRD_SET, "enockabere/msafiri-visitor-api@"),
    "pocbackend": (EIGHTYTHIRD_SET, "MubeenCWT/poc-backend@"),
    "multitenancy": (EIGHTYTHIRD_SET, "sanusiabubkr343/multitenancy@"),
    "tomatocr": (EIGHTYTHIRD_SET, "gSoto23/tomatocr@"),
    "valid8": (EIGHTYTHIRD_SET, "Laizahhh/Valid8-Project-Backend@"),
    "trakr": (EIGHTYTHIRD_SET, "MZRMRB/trakr@"),
    "xaminator": (EIGHTYTHIRD_SET, "aaronmsabu/Xaminator@"),
    "sgvgratus": (EIGHTYTHIRD_SET, "Navisper/SGV_Gratus_Backend@"),
    "compensation": (EIGHTYFOURTH_SET, "32879565/compensation-platform@"),
    "clasico": (EIGHTYFOURTH_SET, "ABDULLAHis17/clasico-backend@"),
    "abtesting": (EIGHTYFOURTH_SET, "Alex-Flexer/AB-testing-platform@"),
    "ecommercebe": (EIGHTYFOURTH_SET, "Ali-Haider-Developer/E-Commerce-BE@"),
    "patrimonio": (EIGHTYFOURTH_SET, "0pedrohalmeida0/controle-patrimonio@"),
    "fridgeradar": (EIGHTYFOURTH_SET, "GianpierreDulanto/fridgeradar_backend@"),
    "logix": (EIGHTYFOURTH_SET, "FIGARO79/logix_react@"),
    "kreeda": (EIGHTYFOURTH_SET, "AdarshDalai/kreeda-backend@"),
    "hoku": (EIGHTYFOURTH_SET, "MuhammadTalha-pk/Hoku-Healthcare-Backend@"),
    "localez": (EIGHTYFOURTH_SET, "LeoKlaus/localez@"),
    "repnex": (EIGHTYFIFTH_SET, "keshav-sudo/repnex_backend@"),
    "merlin": (EIGHTYFIFTH_SET, "hadiudoit11/merlin@"),
    "rentconnect": (EIGHTYFIFTH_SET, "eddiesarfo-create/mrsw-rentconnect@"),
    "manjang": (EIGHTYFIFTH_SET, "JsHyun0/manjang-be@"),
    "pmapi": (EIGHTYFIFTH_SET, "2shiva/project-management-api@"),
    "mutum": (EIGHTYFIFTH_SET, "Deduv/mutum-api@"),
    "worktimeback": (EIGHTYFIFTH_SET, "zolt46/work_time_back@"),
    "safeops": (EIGHTYFIFTH_SET, "cgbsolution/Safeops360-backend-v2@"),
    "urbanfarming": (EIGHTYFIFTH_SET, "Stratus-1/urban-farming-backend@"),
    "skitech": (EIGHTYFIFTH_SET, "Newmeric-Tech/SkiTech-backend@"),
    "cloudsched": (EIGHTYSIXTH_SET, "estemendoza/cloud-instance-scheduler@"),
    "autojobapply": (EIGHTYSIXTH_SET, "Alen-Sabu/AutoJobApplyBackend@"),
    "atolcanopy": (EIGHTYSIXTH_SET, "AustralianBioCommons/atol-canopy@"),
    "apexchainx": (EIGHTYSIXTH_SET, "ApexChainx/ApexChainx-Backend@"),
    "freelancershield": (EIGHTYSIXTH_SET, "Abdallahozaifa/freelancer-shield@"),
    "antdadmin": (EIGHTYSIXTH_SET, "yyong008/fastapi-antd-admin@"),
    "enterpriseboiler": (EIGHTYSIXTH_SET, "SebastianMV/FastAPI-Enterprise-Boilerplate@"),
    "golfiq": (EIGHTYSIXTH_SET, "AlecWake/golfiq-backend@"),
    "festum": (EIGHTYSIXTH_SET, "AlancitoPaladin/FestumAPI@"),
    "planazo": (EIGHTYSEVENTH_SET, "sunil1206/planazo@"),
    "pmsbackend": (EIGHTYSEVENTH_SET, "vishnu0426/project-management-system-backend@"),
    "revozi": (EIGHTYSEVENTH_SET, "Revozi-review/Revozi_backend@"),
    "ourway": (EIGHTYSEVENTH_SET, "anton-kulchytskyi/ourway-backend@"),
    "mentraflow": (EIGHTYSEVENTH_SET, "shree6791/mentraflow-backend@"),
    "smartsell": (EIGHTYSEVENTH_SET, "Akyl1988/SmartSell@"),
    "sbms": (EIGHTYSEVENTH_SET, "TextBook-Management-System/sbms_engine@"),
    "yoklama": (EIGHTYSEVENTH_SET, "gorkemsokezoglu/YoklamaSistemi.api@"),
    "zaria": (EIGHTYSEVENTH_SET, "s-ig-ma/zaria-serviceconnect-backend@"),
    "townhall": (EIGHTYSEVENTH_SET, "Gugaapo/townhall-panel@"),
    "collectivites": (EIGHTYEIGHTH_SET, "angenor/backend_collectivites_territoriales@"),
    "wakaagentic": (EIGHTYEIGHTH_SET, "WakaAgenticAI/backend@"),
    "baseballtour": (EIGHTYEIGHTH_SET, "BaseballTour/baseballtour-backend@"),
    "blogbox": (EIGHTYEIGHTH_SET, "AswinNarayananT/BlogBox-backend@"),
    "budgettracker": (EIGHTYEIGHTH_SET, "Bushaija/budget-tracker@"),
    "doctorcopilot": (EIGHTYEIGHTH_SET, "theway-kamyavardhan/Doctorcopilotfinal@"),
    "carrental": (EIGHTYEIGHTH_SET, "Pro100-Almaz/car-rental-backend@"),
    "crmapi": (EIGHTYEIGHTH_SET, "alpitg/crm-api-python@"),
    "carepath": (EIGHTYEIGHTH_SET, "vishwapandiyan/Carepath_backend@"),
    "ehscompliance": (EIGHTYNINTH_SET, "Totoro-qaq/ehs-compliance-platform@"),
    "forgecomm": (EIGHTYNINTH_SET, "Buildly-Marketplace/ForgeCommunicator@"),
    "eternahome": (EIGHTYNINTH_SET, "Flv72S/Eterna-Home@"),
    "eroom": (EIGHTYNINTH_SET, "WindowisPark/e-room@"),
    "faithconnect": (EIGHTYNINTH_SET, "kweku-annan/Faith-Connect-Hub-v2@"),
    "hunters": (EIGHTYNINTH_SET, "huntershr/hunters-recruitment-system@"),
    "kairix": (EIGHTYNINTH_SET, "Dubcodes/kairix-crewops@"),
    "karzo": (EIGHTYNINTH_SET, "BM-Tech-Solutions/karzo-back@"),
    "hotelbooking": (EIGHTYNINTH_SET, "heise199/Hotel-Booking-Management-System@"),
    "livecode": (NINETIETH_SET, "PMGEECODE/livecode-backend@"),
    "latente": (NINETIETH_SET, "blankhall98/latente-cms@"),
    "librelibros": (NINETIETH_SET, "librelibros/libre_libros_app@"),
    "mhike": (NINETIETH_SET, "Mikemupararano/mhike-school@"),
    "medcheck": (NINETIETH_SET, "angiealadro-dotcom/MEDCHECK@"),
    "nti": (NINETIETH_SET, "FanaticExplorer/nti-backend@"),
    "powergym": (NINETIETH_SET, "SanAfaGal/powergym-back@"),
    "planora": (NINETIETH_SET, "applogiq/planora-api@"),
    "nextstep": (NINETIETH_SET, "Fresnel-Fabian/Next-Step-Backend@"),
    "openspace": (NINETIETH_SET, "minzkn/openspace@"),
    "sentinel": (NINETYFIRST_SET, "MohitGoyal09/Sentinel-backend@"),
    "spiritualgifts": (NINETYFIRST_SET, "St0lenThunda/spiritual-gifts-backend@"),
    "roster": (NINETYFIRST_SET, "meditong-aide/roster-back@"),
    "saasfastapi": (NINETYFIRST_SET, "Oseni03/saas-backend-fastapi@"),
    "restifytwo": (NINETYFIRST_SET, "AlexStrNik/restifytwo@"),
    "wmsmvp": (NINETYFIRST_SET, "Illusionboy/wms-mvp@"),
    "tungtung": (NINETYFIRST_SET, "SE121-TungTung/tungtung-be@"),
    "taper": (NINETYFIRST_SET, "Chethan0407/Taper_be@"),
    "wearify": (NINETYFIRST_SET, "detutorfocus/wearify@"),
    "timeflow": (NINETYFIRST_SET, "anbuda76/timeflow-backend@"),
    "erepairing": (NINETYSECOND_SET, "Erepairing-source/backend@"),
    "autolavados": (NINETYSECOND_SET, "covajesus/autolavados-backend@"),
    "bunyodkor": (NINETYSECOND_SET, "MBek001/Bunyodkor_FastApi@"),
    "sebopo": (NINETYSECOND_SET, "SebOpo/backend@"),
    "corphelpdesk": (NINETYSECOND_SET, "Son-Kohan/corporate-helpdesk@"),
    "dividi": (NINETYSECOND_SET, "DiegoAndresVega/dividi-FastApi@"),
    "conflictzero": (NINETYSECOND_SET, "Chuos24/conflict-zero@"),
    "dreamcraft": (NINETYSECOND_SET, "Dream-Craft-Engineering/dreamcraft_backend@"),
    "emarentals": (NINETYTHIRD_SET, "robertoauserra04-droid/emarentals@"),
    "examinal": (NINETYTHIRD_SET, "aryanmirza01/examinal-backend@"),
    "fitgenius": (NINETYTHIRD_SET, "Deadman10p/fit-genius@"),
    "greenfund": (NINETYTHIRD_SET, "edwin3v3/greenfund-backend@"),
    "exammanage": (NINETYTHIRD_SET, "sharful/ExamManage-Backend@"),
    "ketch": (NINETYTHIRD_SET, "kctrailclub/ketch-api@"),
    "jobos": (NINETYTHIRD_SET, "abhigitz/jobos@"),
    "jobsbackend": (NINETYTHIRD_SET, "Aditya-Pokkunuri/jobs.backend@"),
    "hireflow": (NINETYTHIRD_SET, "AnshulSinglaa/Hireflow@"),
    "interviewai": (NINETYTHIRD_SET, "statnativ/InterviewAI@"),
    "myfast": (NINETYFOURTH_SET, "China-MY/myfast-backend@"),
    "moncap": (NINETYFOURTH_SET, "LordPhenixDeNetra/moncap-api@"),
    "learningbackend": (NINETYFOURTH_SET, "First-Fullstack/learning_backend@"),
    "mediaplanner": (NINETYFOURTH_SET, "bai-nisan/media-planner-infra@"),
    "facturacion": (NINETYFOURTH_SET, "contact-AndresRibon/mvp_facturacion_dian@"),
    "workhours": (NINETYFOURTH_SET, "mitanshunebulatech/project-work-hours@"),
    "nurturebridge": (NINETYFOURTH_SET, "devs8l/nurture-bridge-tech-backend@"),
    "ohssystem": (NINETYFOURTH_SET, "dwamulungwe/ohs-system@"),
    "pfmea": (NINETYFOURTH_SET, "TheKrakenMc/pfmea-api@"),
    "schoolops": (NINETYFIFTH_SET, "Rakeshkoyya/school_ops_sv@"),
    "simslite": (NINETYFIFTH_SET, "devsavi/SIMS-Lite-Backend@"),
    "socialmediaai": (NINETYFIFTH_SET, "Starck43/social-media-ai@"),
    "soulline": (NINETYFIFTH_SET, "Miguel-414/SoulLineERP@"),
    "tiendavirtual": (NINETYFIFTH_SET, "serafin-rian/tienda-virtual@"),
    "vuchada": (NINETYFIFTH_SET, "Alves-37/vuchada_backend@"),
    "worldcupdna": (NINETYFIFTH_SET, "abednegoingplaces/worldcupdna-backend@"),
    "vigilyx": (NINETYFIFTH_SET, "MathisLeM/vigilyx@"),
    "wsbackend": (NINETYFIFTH_SET, "dancodes91/ws-backend-api@"),
    "jeanapi": (NINETYSIXTH_SET, "Jeanraymond601/api_backend@"),
    "appgr": (NINETYSIXTH_SET, "A7-Development/app_gr@"),
    "dedvo": (NINETYSIXTH_SET, "DEDVO20/backend-fastapi@"),
    "baspana": (NINETYSIXTH_SET, "hush0k/Baspana-Group@"),
    "caminho": (NINETYSIXTH_SET, "Seguidores-de-Cristo/caminho-da-fe-backend@"),
    "chore": (NINETYSIXTH_SET, "sralloza/chore-management-api@"),
    "clubconnect": (NINETYSIXTH_SET, "tabeaerkelenz/ClubConnect@"),
    "dentalapi": (NINETYSIXTH_SET, "giahuylhoang/dental-api@"),
    "dentalpms": (NINETYSIXTH_SET, "Minnerman/dental-pms@"),
    "evenly": (NINETYSEVENTH_SET, "AKAama/evenly-backend-service@"),
    "fastdash": (NINETYSEVENTH_SET, "Agbedus/fast_dash@"),
    "festisafe": (NINETYSEVENTH_SET, "deimos-dg/festisafe@"),
    "glycogrit": (NINETYSEVENTH_SET, "Glycogrit-web/glycogrit-backend@"),
    "hiverunr": (NINETYSEVENTH_SET, "TurnrIO/HiveRunr@"),
    "interviewsched": (
        NINETYSEVENTH_SET,
        "sdtharunn15-oss/Interview-Scheduling-Candidate-Tracking-System-@",
    ),
    "isosecure": (NINETYSEVENTH_SET, "Agustin1231/iso_secure@"),
    "kapart": (NINETYSEVENTH_SET, "guige01-guinsa/ka-part@"),
    "kbbackend": (NINETYSEVENTH_SET, "Jason-Luo2000/kb-backend@"),
    "mengke": (NINETYEIGHTH_SET, "haoyuedashi/MengKeCloud@"),
    "oilproduction": (NINETYEIGHTH_SET, "ningyiweixia/manage_oil_production@"),
    "leekmanager": (NINETYEIGHTH_SET, "TechHares/leek-manager@"),
    "modulux": (NINETYEIGHTH_SET, "nguyentruong23082005/MODULUX_BE@"),
    "netroju": (NINETYEIGHTH_SET, "nfornoor/netro-ju-backend@"),
    "olliev6": (NINETYEIGHTH_SET, "mattG111-stack/olliev6@"),
    "petmaster": (NINETYEIGHTH_SET, "mingzecheng/PetMaster-fastapi@"),
    "possystem": (NINETYEIGHTH_SET, "Joshh62/POS-SYSTEM@"),
    "propertylisting": (NINETYEIGHTH_SET, "YoussefMadkour/Property_Listing_API@"),
    "squinia": (NINETYNINTH_SET, "edfolmi/squinia-backend@"),
    "smartaccess": (NINETYNINTH_SET, "it-kgiton/SMART-ACCESS-API@"),
    "scbuilders": (NINETYNINTH_SET, "AINative-Studio/sc-builders@"),
    "sgg": (NINETYNINTH_SET, "MonkyFlip/sgg-api@"),
    "votevictory": (NINETYNINTH_SET, "Akshat9151/VoteVictory_backend@"),
    "visagerent": (NINETYNINTH_SET, "alfa46103-prog/visagerent-backend@"),
    "zamzam": (NINETYNINTH_SET, "ZamzamApplication/zamzam-api@"),
    "zebrarbac": (NINETYNINTH_SET, "ZebraOps/ZebraRBAC@"),
    "aibios": (HUNDREDTH_SET, "Charanjeetsingh068/aibios@"),
    "aicapital": (HUNDREDTH_SET, "akmalss19800606-web/ai-capitalS-mvp@"),
    "arete": (HUNDREDTH_SET, "CassieCamp/arete3@"),
    "adeo": (HUNDREDTH_SET, "hamsathul/adeo_hackathon_backend@"),
    "clientchat": (HUNDREDTH_SET, "Yash202000/Client-Chat-backend@"),
    "cubular": (HUNDREDTH_SET, "Domingos97/cubularPyAPI@"),
    "codefount": (HUNDREDTH_SET, "dgati-codes/codefount-api@"),
    "dynassess": (HUNDREDTH_SET, "FaustoOrozcoCoy/dynamic-assessment@"),
    "colibri": (HUNDREDTH_SET, "evillalo-how2/Colibri_Back@"),
    "ewsd": (HUNDREDFIRST_SET, "ChristC9/ewsd-backend@"),
    "futureerp": (HUNDREDFIRST_SET, "umuttyl/future-erp@"),
    "gymcontrol": (HUNDREDFIRST_SET, "ChristianK84/GymControl_API@"),
    "generalinst": (HUNDREDFIRST_SET, "muhammadser1/General-Institute-System-Backend@"),
    "ebms": (HUNDREDFIRST_SET, "FahmiHeykal/ebms-fastapi@"),
    "hydrocarbon": (
        HUNDREDFIRST_SET,
        "praveen-christuraj/hydrocarbon-accounting-backend-refactored@",
    ),
    "ideasstudio": (HUNDREDFIRST_SET, "Mayne19/ideas-studio@"),
    "invoicesaas": (HUNDREDFIRST_SET, "tramujal/invoice-saas@"),
    "kyro": (HUNDREDFIRST_SET, "janak-stradit/KYRO_NEW@"),
    "matchkash": (HUNDREDSECOND_SET, "myself-nahid/matchkash-backend@"),
    "mifichamed": (HUNDREDSECOND_SET, "bentoroal/mifichamed-backend@"),
    "labpro": (HUNDREDSECOND_SET, "Aihakviper/labpro@"),
    "mcqscanner": (HUNDREDSECOND_SET, "mdtanvirahamedshanto/MCQ-Scanner-Backend@"),
    "liga": (HUNDREDSECOND_SET, "JasonMeles/liga-platform@"),
    "openbudget": (HUNDREDSECOND_SET, "jcedilloAS/openbudget_backend@"),
    "nzdpu": (HUNDREDSECOND_SET, "hussnainzafar/nzdpu@"),
    "postgresapi": (HUNDREDSECOND_SET, "josebogarin/postgres-api@"),
    "examsys": (HUNDREDSECOND_SET, "xinghusp/online-examsys-backend@"),
    "rhd": (HUNDREDTHIRD_SET, "Mazhar42/RHD-Estimation-backend@"),
    "reqtool": (HUNDREDTHIRD_SET, "Unibean-Social/req-tool-be@"),
    "seeztime": (HUNDREDTHIRD_SET, "Soozism/seeztime@"),
    "synctra": (HUNDREDTHIRD_SET, "zenderock/synctra_backend@"),
    "teamempire": (HUNDREDTHIRD_SET, "nidinnover-hash/Team-Empire-BOS-@"),
    "visora": (HUNDREDTHIRD_SET, "Visora-live/visora-backend@"),
    "weatherflick": (HUNDREDTHIRD_SET, "aicc6/weather-flick-admin-back@"),
    "ztiam": (HUNDREDTHIRD_SET, "ztn-iplab/zt-iam-fastapi@"),
    "auctionbid": (HUNDREDFOURTH_SET, "philomaths6-sys/auction_and_bidding_platform_backend@"),
    "biling": (HUNDREDFOURTH_SET, "niratpatel4844-commits/Biling-Software-Backend@"),
    "bidii": (HUNDREDFOURTH_SET, "maximasprim/Bidii_Server@"),
    "alefun": (HUNDREDFOURTH_SET, "Jusk89/AlefunPub@"),
    "complais": (HUNDREDFOURTH_SET, "leejongwhan-lab/complais@"),
    "crmcourier": (HUNDREDFOURTH_SET, "qXstay/crm-courier@"),
    "custengage": (HUNDREDFOURTH_SET, "r3troseer/Customer-Engagement-Platform@"),
    "dentalcare": (HUNDREDFOURTH_SET, "Harshad811/dental-care@"),
    "aquaerp": (HUNDREDFIFTH_SET, "aquapurite/ERP@"),
    "ecaction": (HUNDREDFIFTH_SET, "khristox/ec-action-tracker@"),
    "erpposnaw": (HUNDREDFIFTH_SET, "eldor8111/ERP-PosNAW@"),
    "greenlink": (HUNDREDFIFTH_SET, "uglygooose/Greenlink@"),
    "hah": (HUNDREDFIFTH_SET, "ShiveshPandey0409/HAH@"),
    "hercux": (HUNDREDFIFTH_SET, "1101596624-droid/hercux-admin@"),
    "homesiem": (HUNDREDFIFTH_SET, "MaestroRoot/HomeSIEMapi@"),
    "hospmon": (HUNDREDFIFTH_SET, "6x-u/hospital-monitoring-system@"),
    "jq": (HUNDREDFIFTH_SET, "kisssll/JQ@"),
    "ledgerb": (HUNDREDSIXTH_SET, "shahzaib1325/ledgerbackendd@"),
    "linc": (HUNDREDSIXTH_SET, "schuttebj/linc-backend@"),
    "mifinca": (HUNDREDSIXTH_SET, "ferretofreddy/MiFincaManager@"),
    "mosslegal": (HUNDREDSIXTH_SET, "thanglong2807/moss-and-legal@"),
    "platformv2": (HUNDREDSIXTH_SET, "fintechhub-main/platform-backend-v2@"),
    "newgwsh": (HUNDREDSIXTH_SET, "jstxzpf/newgwsh@"),
    "naviora": (HUNDREDSIXTH_SET, "SiddORT/naviora-blue-stratum@"),
    "osiris": (HUNDREDSIXTH_SET, "angie1590/osiris-inventario-be@"),
    "rmbackend": (HUNDREDSEVENTH_SET, "patatafiend/rm-backend@"),
    "sfoacc": (HUNDREDSEVENTH_SET, "St-Francis-of-Assisi-Catholic-Church/sfoacc-db-backend@"),
    "satoapp": (HUNDREDSEVENTH_SET, "Satoappco/SatoApp@"),
    "saleszy": (HUNDREDSEVENTH_SET, "codewithgabby/saleszy-v2-backend@"),
    "scheduleservice": (HUNDREDSEVENTH_SET, "sergokf/ScheduleService@"),
    "thecampus": (HUNDREDSEVENTH_SET, "y4cwzkgz7k-star/the-campus-backend@"),
    "tonde": (HUNDREDSEVENTH_SET, "TONDE-APP/tonde-backend-@"),
    "utilitymeter": (HUNDREDSEVENTH_SET, "Trupabranding/utility-meter-backend@"),
    "voiceagent": (HUNDREDSEVENTH_SET, "engerlina/voice-agent-api@"),
    "wit": (HUNDREDSEVENTH_SET, "towlion/wit@"),
    "airetail": (HUNDREDEIGHTH_SET, "Parbaz-Hossain/ai-retail-backend@"),
    "arkon": (HUNDREDEIGHTH_SET, "ThanhNhanDang/arkon@"),
    "backenddev": (HUNDREDEIGHTH_SET, "jooviyo001/backend-dev@"),
    "parroquia": (HUNDREDEIGHTH_SET, "FernandoSP25/api-backend-parroquia@"),
    "authvault": (HUNDREDEIGHTH_SET, "Pari2003/AuthVault@"),
    "cems": (HUNDREDEIGHTH_SET, "ahmetabdullahoglu/CEMS_2025@"),
    "docuaction": (HUNDREDEIGHTH_SET, "DocuAction/docuaction-backend@"),
    "comodo": (HUNDREDEIGHTH_SET, "comocompanylimited/comodo-master-backend@"),
    "induscloud": (HUNDREDEIGHTH_SET, "IndusSSS/cloud@"),
    "comet": (HUNDREDEIGHTH_SET, "anamikanehasingh/comet-assesment@"),
    "eduqate": (HUNDREDNINTH_SET, "YashSHIrsath/Eduqate@"),
    "geosensor": (HUNDREDNINTH_SET, "chancewaveCM/geo-sensor-backend@"),
    "ezzytraders": (HUNDREDNINTH_SET, "Shabbir-Handa/ezzy_traders_backend@"),
    "ediary": (HUNDREDNINTH_SET, "SonicOne0204/E-diary@"),
    "gaaerp": (HUNDREDNINTH_SET, "GatherAllAround/GAA_ERP_BE@"),
    "hubbackend": (HUNDREDNINTH_SET, "Snehask2005/hub_backend@"),
    "healthpa": (HUNDREDNINTH_SET, "shehrozmunir111/HealthPA@"),
    "iticket": (HUNDREDNINTH_SET, "O2OD/iticket@"),
    "kincrm": (HUNDREDNINTH_SET, "ock666/Kin-CRM@"),
    "kriy": (HUNDREDNINTH_SET, "hiwcode/kriy@"),
    "lumefy": (HUNDREDTENTH_SET, "Alejooc/lumefy@"),
    "leadlab": (HUNDREDTENTH_SET, "alilead/LL@"),
    "lesovik": (HUNDREDTENTH_SET, "AspWinCode/lesovik@"),
    "leafleter": (HUNDREDTENTH_SET, "NIHAR-SARKAR/Leafleter@"),
    "nanovault": (HUNDREDTENTH_SET, "Sudeep72/nano-vault@"),
    "nocodebuilder": (HUNDREDTENTH_SET, "J-Cicero/nocode-builder@"),
    "payspyre": (HUNDREDTENTH_SET, "dmdwebster-collab/payspyre-backend@"),
    "pepoapple": (HUNDREDTENTH_SET, "ASTRACAT2022/Pepoapple@"),
    "saudilaw": (HUNDREDELEVENTH_SET, "MustafaHussiein/Saudi_Law_Vision@"),
    "stail": (HUNDREDELEVENTH_SET, "thesilentinvader042/STAIL@"),
    "securefile": (HUNDREDELEVENTH_SET, "abhimh33/Secure_file_sharing_System@"),
    "smsbackend": (HUNDREDELEVENTH_SET, "Mr-argha-das/smsBackend@"),
    "smarthospital": (HUNDREDELEVENTH_SET, "ahmed-a133b/SmartHospitalBackend@"),
    "therefore": (HUNDREDELEVENTH_SET, "Fybre/Therefore-Report-Generator@"),
    "tprq": (HUNDREDELEVENTH_SET, "mbrynil/third-party-risk-questionnaire@"),
    "xfer": (HUNDREDELEVENTH_SET, "loop2cod/xfer-backend@"),
    "xhs": (HUNDREDELEVENTH_SET, "Qinrs1997/xhs@"),
    "apidevportal": (HUNDREDTWELFTH_SET, "nbalawat/api-dev-portal@"),
    "autocrm": (HUNDREDTWELFTH_SET, "Muhammad-Faizan9005/AutoCRM@"),
    "sicarx": (HUNDREDTWELFTH_SET, "AMiguelV05/API-SICARX@"),
    "apigym": (HUNDREDTWELFTH_SET, "xanderSSJ/api-gym@"),
    "villagesurvey": (HUNDREDTWELFTH_SET, "bills1912/backend-village-survey@"),
    "dino": (HUNDREDTWELFTH_SET, "mohdaimansaleem/dino-backend@"),
    "ctrls": (HUNDREDTWELFTH_SET, "hemanthkumarzone/Ctrls-API@"),
    "conformeo": (HUNDREDTWELFTH_SET, "Conformeo/conformeo-backend@"),
    "deskhive": (HUNDREDTWELFTH_SET, "JannisArineo/deskhive@"),
    "census": (HUNDREDTWELFTH_SET, "pulsr-ai/census@"),
    "expressrepair": (HUNDREDTHIRTEENTH_SET, "FatimaMuhammad1/Express-Repair-3@"),
    "elearn": (HUNDREDTHIRTEENTH_SET, "whoami-012/elearn-backend@"),
    "finasist": (HUNDREDTHIRTEENTH_SET, "Javohir0913/finasist@"),
    "gestao": (HUNDREDTHIRTEENTH_SET, "Fborgess/gestao@"),
    "healthmgmt": (HUNDREDTHIRTEENTH_SET, "shahmeerdevdex/Health-Management-Assistant@"),
    "hidesync": (HUNDREDTHIRTEENTH_SET, "Skund404/HideSync_Backend@"),
    "hogattend": (HUNDREDTHIRTEENTH_SET, "zulfahmisadrah/hog-attendance-api@"),
    "khoros": (HUNDREDTHIRTEENTH_SET, "seshipaturi-cloud/khoros-ai-care-expert-api@"),
    "loyalty": (HUNDREDFOURTEENTH_SET, "SakshamGunj/loyaltybackend@"),
    "mundoauto": (HUNDREDFOURTEENTH_SET, "PeterManuel/mundo-auto@"),
    "musically": (HUNDREDFOURTEENTH_SET, "SOFTRONICLABS1/musically-backend@"),
    "mij": (HUNDREDFOURTEENTH_SET, "Linkle-DKDK-23/mij-api@"),
    "plusbackend": (HUNDREDFOURTEENTH_SET, "cmoralestech/plus-backend@"),
    "socrate": (HUNDREDFOURTEENTH_SET, "auerfr/portail_socrate@"),
    "personalspace": (HUNDREDFOURTEENTH_SET, "ArnelSinadhan/personal-space-be@"),
    "petpal": (HUNDREDFOURTEENTH_SET, "ICarlota99/PetPal-backend@"),
    "peerrank": (HUNDREDFOURTEENTH_SET, "tejaswar59/peerrank@"),
    "roomzoome": (HUNDREDFIFTEENTH_SET, "RezaBagheri8/Room-Zoome@"),
    "raadi": (HUNDREDFIFTEENTH_SET, "Jibsta91/raadi-marketplace@"),
    "sdmodels": (HUNDREDFIFTEENTH_SET, "Samdav2/sdmodels_backend@"),
    "swiftstudy": (HUNDREDFIFTEENTH_SET, "samuvale95/swift-study-box-be@"),
    "taxinew": (HUNDREDFIFTEENTH_SET, "abubakirovxolmirza/TAXI-NEW@"),
    "vismay": (HUNDREDFIFTEENTH_SET, "r1nsh4d/vismay-pavos-core@"),
    "wanda": (HUNDREDFIFTEENTH_SET, "indrick01kamdem-create/wanda-back@"),
    "wespeak": (HUNDREDFIFTEENTH_SET, "peepulp/wespeakbackend2@"),
    "amaserver": (HUNDREDSIXTEENTH_SET, "projrabbit/AMA-server@"),
    "assetflow": (HUNDREDSIXTEENTH_SET, "monishabharadwaj/AssetFlow@"),
    "akashi": (HUNDREDSIXTEENTH_SET, "tscunha/akashi-api@"),
    "ujikom": (HUNDREDSIXTEENTH_SET, "Npppss/BE-Ujikom-EO@"),
    "sooshit": (HUNDREDSIXTEENTH_SET, "SooshIT/Backend@"),
    "careview": (HUNDREDSIXTEENTH_SET, "kartikjain-10/careview-api@"),
    "codesnippets": (HUNDREDSIXTEENTH_SET, "Winstonmhango/codessnipetsFastApi@"),
    "cocoiru": (HUNDREDSIXTEENTH_SET, "IBA-HOK/CoCoIRU@"),
    "devicemgmt": (HUNDREDSIXTEENTH_SET, "PasGrimm14/device_management_backend@"),
    "fantasyf1": (HUNDREDSEVENTEENTH_SET, "famgala/FantasyF1_BE@"),
    "fantasygolf": (HUNDREDSEVENTEENTH_SET, "blakeC30/fantasy-golf-backend@"),
    "fifarivalry": (HUNDREDSEVENTEENTH_SET, "fifa-tracker/fifa-rivalry-tracker@"),
    "fortexa": (HUNDREDSEVENTEENTH_SET, "Adarshagupta/fortexa-backend@"),
    "greendraft": (HUNDREDSEVENTEENTH_SET, "tsallent99/green-draft-be@"),
    "inverum": (HUNDREDSEVENTEENTH_SET, "rufus-hr/inverum@"),
    "karp": (HUNDREDSEVENTEENTH_SET, "GenerateNU/karp-backend@"),
    "kpidash": (HUNDREDSEVENTEENTH_SET, "TanakaTsuyoshi-10/kpidash_backend@"),
    "internship": (
        HUNDREDSEVENTEENTH_SET,
        "Akshaycs012/Internship-Recommendation-and-Tracking-System@",
    ),
    "infodriver": (HUNDREDSEVENTEENTH_SET, "ender18/infoDriver_b@"),
    "loka": (HUNDREDEIGHTEENTH_SET, "RaghavaNaidu46/loka-restApi@"),
    "lokiz": (HUNDREDEIGHTEENTH_SET, "samkok24/lokiz@"),
    "metastream": (HUNDREDEIGHTEENTH_SET, "metasina3/metastream@"),
    "minecraft": (HUNDREDEIGHTEENTH_SET, "TodLop/minecraft-server-manager@"),
    "offercare": (HUNDREDEIGHTEENTH_SET, "chatnrent-jpg/offercare-backend@"),
    "posserver": (HUNDREDEIGHTEENTH_SET, "manorlh/pos-server@"),
    "procurement": (HUNDREDEIGHTEENTH_SET, "Srirammmnn/procurement@"),
    "propelsync": (HUNDREDEIGHTEENTH_SET, "ashrafinamdar23/propelsync@"),
    "realestate": (HUNDREDNINETEENTH_SET, "grouvi25/real-estate-intelligence-platform@"),
    "schoolms": (HUNDREDNINETEENTH_SET, "insuki180/schoolmanagementsystem@"),
    "shareyourspace": (HUNDREDNINETEENTH_SET, "share-your-space/shareyourspace-backend@"),
    "snsd": (HUNDREDNINETEENTH_SET, "volkanerene/snsd-backend@"),
    "trustfabric": (HUNDREDNINETEENTH_SET, "trustfabric-firefly/trustfabric@"),
    "vetclinic": (HUNDREDNINETEENTH_SET, "tonynouhra/vet-clinic-be@"),
    "unclejoes": (HUNDREDNINETEENTH_SET, "k3mgenbr0/uncle-joes-api@"),
    "volunteers": (HUNDREDNINETEENTH_SET, "NEERC/volunteers-py@"),
    "tksolutions": (HUNDREDNINETEENTH_SET, "auribem84/tksolutions-webapp-backend@"),
    "ailiteracy": (HUNDREDTWENTIETH_SET, "kevenshlib-dot/ai-literacy-platform@"),
    "artapi": (HUNDREDTWENTIETH_SET, "13540148299/art-api@"),
    "airecruit": (HUNDREDTWENTIETH_SET, "Duynguyen162/ai_recuitment@"),
    "aiseek": (HUNDREDTWENTIETH_SET, "AIseek2025/AIseek@"),
    "dhapp": (HUNDREDTWENTIETH_SET, "rachana28/DHAPP-BACKEND@"),
    "winpol": (HUNDREDTWENTIETH_SET, "BeratGONULCU/CLOUD-WINPOL-BACKEND@"),
    "dinedash": (HUNDREDTWENTIETH_SET, "usamarasheeddev/dine-dash-fastApi@"),
    "dems": (HUNDREDTWENTIETH_SET, "AchyutONLY/dems_backend@"),
    "c9digital": (HUNDREDTWENTIETH_SET, "danillo10/c9digital-backend@"),
    "egpims": (HUNDREDTWENTYFIRST_SET, "One-Mipham/egp-ims@"),
    "fassflow": (HUNDREDTWENTYFIRST_SET, "FassMuffinOS/FASS-FLOW-BACKEND@"),
    "efap": (
        HUNDREDTWENTYFIRST_SET,
        "CHENNAMSETTYTHARUN/Enterprise-FastAPI-Advanced-API-Platform-EFAP-@",
    ),
    "glimmora": (HUNDREDTWENTYFIRST_SET, "baarez-technology/Glimmora_GWR_Backend@"),
    "challengeer": (HUNDREDTWENTYFIRST_SET, "challengeer/fastapi-backend@"),
    "hmefact": (HUNDREDTWENTYFIRST_SET, "oliverhernandezmoreno/hme-fact@"),
    "horizon": (HUNDREDTWENTYFIRST_SET, "lic402514-gif/Horizon-Archives@"),
    "indoc": (HUNDREDTWENTYFIRST_SET, "sharedoxygen/indoc-app@"),
    "kwanpa": (HUNDREDTWENTYFIRST_SET, "doanane/Kwanpa-Health-Service@"),
    "municipality": (HUNDREDTWENTYSECOND_SET, "msadrak/municipality-unique-code-demo@"),
    "madate": (HUNDREDTWENTYSECOND_SET, "alexlim7/madate-vault@"),
    "moracomercial": (HUNDREDTWENTYSECOND_SET, "Tatiana3490/mora_comercial@"),
    "leadapp": (HUNDREDTWENTYSECOND_SET, "Meethu8833/Lead@"),
    "mentormind": (HUNDREDTWENTYSECOND_SET, "cebrayillihuru9-blip/mentormind-ai@"),
    "practice": (HUNDREDTWENTYSECOND_SET, "Industrial-practice/practice-backend@"),
    "obtree": (HUNDREDTWENTYSECOND_SET, "craigmbooth/obtree@"),
    "osa": (HUNDREDTWENTYSECOND_SET, "mujthabamkdev/osa-backend@"),
    "pandaprobe": (HUNDREDTWENTYSECOND_SET, "chirpz-ai/pandaprobe@"),
    "snaperp": (HUNDREDTWENTYTHIRD_SET, "Rishabhk3108/Snap_Solutions_ERP_Backend@"),
    "securelens": (HUNDREDTWENTYTHIRD_SET, "devinvento/SecureLens@"),
    "solomon": (HUNDREDTWENTYTHIRD_SET, "Solomon-Team/SolomonBE@"),
    "rutas": (HUNDREDTWENTYTHIRD_SET, "rutasLogisticas/rutasLogisticas@"),
    "sanctuary": (HUNDREDTWENTYTHIRD_SET, "Pedro-Medeiross/sanctuary-api@"),
    "uniback": (HUNDREDTWENTYTHIRD_SET, "DarkSchneider544/uni-back@"),
    "waypoint": (HUNDREDTWENTYTHIRD_SET, "eduardodemagalhaes/waypoint@"),
    "youspeak": (HUNDREDTWENTYTHIRD_SET, "youspeakhq/youspeak-backend@"),
    "wasel": (HUNDREDTWENTYTHIRD_SET, "YAS-LJD/Wasel_pal@"),
    "travelapp": (HUNDREDTWENTYTHIRD_SET, "Onzoro-rento/Travel-App-Backend@"),
    "accreditation": (HUNDREDTWENTYFOURTH_SET, "OscarEdem/Accreditation_system@"),
    "appoinment": (HUNDREDTWENTYFOURTH_SET, "regex000/appoinment_backend@"),
    "techeer": (HUNDREDTWENTYFOURTH_SET, "2026-Summer-Techeer-Bootcamp-A/backend@"),
    "zzzcoach": (HUNDREDTWENTYFOURTH_SET, "2025Capstone/Backend@"),
    "bit24": (HUNDREDTWENTYFOURTH_SET, "SebastyanPerez/Bit24ImpulsaBackEnd@"),
    "climbe": (HUNDREDTWENTYFOURTH_SET, "marcos-grocha/climbe-api@"),
    "coopconnect": (HUNDREDTWENTYFOURTH_SET, "theocraftHQ/cooperative_connect@"),
    "dentaldesk": (HUNDREDTWENTYFOURTH_SET, "TalhaNadeem001/DentalDesk@"),
    "dinamica": (HUNDREDTWENTYFOURTH_SET, "rafaelgustavo01-web/Dinamica-Budget@"),
    "dpabe": (HUNDREDTWENTYFOURTH_SET, "thomasakiou/dpa_BE@"),
    "duopen": (HUNDREDTWENTYFOURTH_SET, "limongi1234/duopen-back-end@"),
    "finnotify": (HUNDREDTWENTYFIFTH_SET, "devanshnegi88/Financial-Notification-Platform@"),
    "fincompass": (HUNDREDTWENTYFIFTH_SET, "Adityaparida123/fincompass@"),
    "evalyourself": (HUNDREDTWENTYFIFTH_SET, "Cherry-ai-143/Evaluate-yourself-Ai@"),
    "fintracker": (HUNDREDTWENTYFIFTH_SET, "Austinstevesk/finance-tracker-backend@"),
    "ivypay": (HUNDREDTWENTYFIFTH_SET, "astrovine/ivy-payment-gateway@"),
    "healthgrid": (HUNDREDTWENTYFIFTH_SET, "diegomartinezauqui/healthgrid-hce-backend@"),
    "jaratrade": (HUNDREDTWENTYFIFTH_SET, "DannyRex/jaratrade-api@"),
    "invoiceapp": (HUNDREDTWENTYFIFTH_SET, "signordemola/invoice-app@"),
    "insurancereport": (HUNDREDTWENTYFIFTH_SET, "arindamdeyofficial/insurancereportservice@"),
    "maslul": (HUNDREDTWENTYSIXTH_SET, "hilleltz-afk/maslul-v3@"),
    "luxestate": (HUNDREDTWENTYSIXTH_SET, "somadina94/luxestate_be@"),
    "mindacuity": (HUNDREDTWENTYSIXTH_SET, "adityax68/mindacuity_backend@"),
    "medicinedelivery": (HUNDREDTWENTYSIXTH_SET, "aditiappemane/Medicine-Delivery@"),
    "medmatch": (HUNDREDTWENTYSIXTH_SET, "Fatima-Ebrahim/medmatch-backend@"),
    "onboarding": (HUNDREDTWENTYSIXTH_SET, "maddy2021/onboarding-backend@"),
    "omniparse": (HUNDREDTWENTYSIXTH_SET, "trigga6006/omni-parse@"),
    "patabase": (HUNDREDTWENTYSIXTH_SET, "harmonymwirigi/patabasefitibackend@"),
    "plataformaia": (HUNDREDTWENTYSIXTH_SET, "yoyicofre/plataforma-proyectos-ia@"),
    "practicebooking": (HUNDREDTWENTYSIXTH_SET, "football-investment/practice-booking-system@"),
    "railoegypt": (HUNDREDTWENTYSEVENTH_SET, "moo-rayan/RailoEgypt@"),
    "recipefinder": (HUNDREDTWENTYSEVENTH_SET, "cesar0k/smart-recipe-finder-backend@"),
    "secplatform": (HUNDREDTWENTYSEVENTH_SET, "liqingggong/security-platform@"),
    "reservatenis": (HUNDREDTWENTYSEVENTH_SET, "fedeaacevedo/reserva-tenis@"),
    "seharta": (HUNDREDTWENTYSEVENTH_SET, "IzzaCan/seharta-backend@"),
    "workspaceapp": (HUNDREDTWENTYSEVENTH_SET, "Mikelange64/Workspace-App@"),
    "unifiedcolab": (
        HUNDREDTWENTYSEVENTH_SET,
        "vishwa-teja-b/Unified-Multi-Agentic-AI-Platform-for-Dev-Colab-Backend@",
    ),
    "videonote": (HUNDREDTWENTYSEVENTH_SET, "Mr-KID-github/VideoNote@"),
    "truthpage": (HUNDREDTWENTYSEVENTH_SET, "flanagans1989/truthpage@"),
    "todoteam": (HUNDREDTWENTYSEVENTH_SET, "NagikoPokPok/To-do-list-team@"),
    "apartio": (HUNDREDTWENTYEIGHTH_SET, "ozberkgunes/ApartIo@"),
    "becard": (HUNDREDTWENTYEIGHTH_SET, "be-Card/api-be-card@"),
    "masjidkoi": (HUNDREDTWENTYEIGHTH_SET, "MasjidKoi/backend@"),
    "akcn": (HUNDREDTWENTYEIGHTH_SET, "bbsxjy/AKCNBackEnd@"),
    "coreops": (HUNDREDTWENTYEIGHTH_SET, "Dheeraj-kodali/CoreOps-Platform@"),
    "corporatebe": (HUNDREDTWENTYEIGHTH_SET, "AIConcierge321/corporate-backend@"),
    "directstock": (HUNDREDTWENTYEIGHTH_SET, "IamNotATuringMachine/DirectStock@"),
    "controlinv": (HUNDREDTWENTYEIGHTH_SET, "Alex-github97/control_inventarios@"),
    "factorypms": (HUNDREDTWENTYNINTH_SET, "Gaoyi001/factory-pms@"),
    "educrm": (HUNDREDTWENTYNINTH_SET, "HIREN-GAADHE/Education-CRM@"),
    "finanalysis": (HUNDREDTWENTYNINTH_SET, "205-ying/financial_analysis_system@"),
    "fastapistarter": (HUNDREDTWENTYNINTH_SET, "walkerchiu/fastapi-starter@"),
    "eventagg": (HUNDREDTWENTYNINTH_SET, "Arseny2210/event-aggregator@"),
    "hacksphere": (HUNDREDTWENTYNINTH_SET, "ar2-z/hacksphere_main@"),
    "hopeaid": (HUNDREDTWENTYNINTH_SET, "ami-nope/HopeAidBackend@"),
    "hare": (HUNDREDTWENTYNINTH_SET, "HareWareSolutions/Hare@"),
    "hermanprompt": (HUNDREDTWENTYNINTH_SET, "gtmnow/hermanprompt-admin-tool@"),
    "landintel": (HUNDREDTHIRTIETH_SET, "Ananie2024/land-intelligence-backend@"),
    "licencia": (HUNDREDTHIRTIETH_SET, "PMFAYE/licencia-backend@"),
    "matrixbd": (HUNDREDTHIRTIETH_SET, "0Advi/Matrix-bd@"),
    "mylocalmasjid": (HUNDREDTHIRTIETH_SET, "SadikMoazzem/mylocalmasjid_api@"),
    "lookslab": (HUNDREDTHIRTIETH_SET, "NexVolt-Solutions/Looks-Lab-Backend@"),
    "nysc": (HUNDREDTHIRTIETH_SET, "nuel1107/NYSC-backend@"),
    "omnitrackr": (HUNDREDTHIRTIETH_SET, "chambies2015/OmniTrackr@"),
    "padeltracker": (HUNDREDTHIRTIETH_SET, "Pbirkelyng/Padel-tracker@"),
    "promptxl": (HUNDREDTHIRTIETH_SET, "GowthamSaas/PromptxlEnterprises-backend@"),
    "pingserver": (HUNDREDTHIRTIETH_SET, "vargaking/ping-server@"),
    "supervision": (HUNDREDTHIRTYFIRST_SET, "eyaselmi2004/Supervision-APIs@"),
    "scholly": (HUNDREDTHIRTYFIRST_SET, "ayodejisaac1-cloud/scholly-backend@"),
    "quizquest": (HUNDREDTHIRTYFIRST_SET, "Nimesh111/quiz-quest-courses-backend@"),
    "studiamo": (HUNDREDTHIRTYFIRST_SET, "NaEs25/studiamo@"),
    "transparencyke": (HUNDREDTHIRTYFIRST_SET, "DennisRono/transparency-kenya@"),
    "workmate": (HUNDREDTHIRTYFIRST_SET, "K-I-T-Solutions/workmate-access@"),
    "userverse": (HUNDREDTHIRTYFIRST_SET, "SoftwareVerse/userverse@"),
    "umay": (HUNDREDTHIRTYFIRST_SET, "Signorali/umay@"),
    "ackplus": (HUNDREDTHIRTYSECOND_SET, "Bobur-Boboyev/ack.project.plus@"),
    "linafp": (HUNDREDTHIRTYSECOND_SET, "jesuiszed/backend_linafp@"),
    "bisolution": (HUNDREDTHIRTYSECOND_SET, "Andrejr82/BI_Solution@"),
    "grosint": (HUNDREDTHIRTYSECOND_SET, "Grosint/backend@"),
    "contemplahub": (HUNDREDTHIRTYSECOND_SET, "MarcoFranca/ContemplaHubBack@"),
    "clmstore": (HUNDREDTHIRTYSECOND_SET, "essja/clmstore-backend@"),
    "denserver": (HUNDREDTHIRTYSECOND_SET, "abhaykoli1/den_server@"),
    "dswbackend": (HUNDREDTHIRTYSECOND_SET, "dark-danger/dsw-backend@"),
    "eventplanner": (HUNDREDTHIRTYTHIRD_SET, "Jjunior112/Event-Planner-API@"),
    "ecshape": (HUNDREDTHIRTYTHIRD_SET, "ecshape/ecshape@"),
    "fitprogym": (HUNDREDTHIRTYTHIRD_SET, "KaranSRMA/FitProGymBackend@"),
    "futbolmvp": (HUNDREDTHIRTYTHIRD_SET, "1kt0n/futbol-mvp@"),
    "hockeylevelup": (HUNDREDTHIRTYTHIRD_SET, "Rofar02/hockey_level_up@"),
    "imobicrm": (HUNDREDTHIRTYTHIRD_SET, "guiporpeta49-cell/imobicrm@"),
    "innovaget": (HUNDREDTHIRTYTHIRD_SET, "escarragaxx10/innovaget@"),
    "jltamp": (HUNDREDTHIRTYTHIRD_SET, "JDJelectronics/JLTamp-server@"),
    "oeelite": (HUNDREDTHIRTYFOURTH_SET, "Inspectia-Digital/oee-lite-backend@"),
    "nomadpi": (HUNDREDTHIRTYFOURTH_SET, "beastboost/nomad-pi@"),
    "plat": (HUNDREDTHIRTYFOURTH_SET, "seosam87/plat_v1.0@"),
    "hsemonitoring": (HUNDREDTHIRTYFOURTH_SET, "pitrLabs/py-hse-monitoring@"),
    "landmarque": (HUNDREDTHIRTYFOURTH_SET, "gswelby-png/landmarque@"),
    "litobackend": (HUNDREDTHIRTYFOURTH_SET, "lanhphammttb/lito-backend@"),
    "marketinganalystics": (HUNDREDTHIRTYFOURTH_SET, "Kimchanghee/marketing_analystics@"),
    "miutifin": (HUNDREDTHIRTYFOURTH_SET, "loriscaputo17-arch/miutifin-backend@"),
    "tinderfornerds": (HUNDREDTHIRTYFIFTH_SET, "kowshikamarcben-boop/TinderForNerds-Backend@"),
    "tradingnexus": (HUNDREDTHIRTYFIFTH_SET, "correspond9/Trading-nexus-v2@"),
    "unistay": (HUNDREDTHIRTYFIFTH_SET, "brucemainza/unistayapi@"),
    "volunteerwct": (HUNDREDTHIRTYFIFTH_SET, "Kimsunly/Volunteer-WCT-Backend@"),
    "sokoniafrica": (HUNDREDTHIRTYFIFTH_SET, "emmajulius/sokoni-africa-app@"),
    "requirementmaster": (HUNDREDTHIRTYFIFTH_SET, "mycyg/requirement-master@"),
    "rcqserver": (HUNDREDTHIRTYFIFTH_SET, "rcq-messenger/rcq-server-ref@"),
    "constructioncrm": (HUNDREDTHIRTYSIXTH_SET, "Xurwed9/construction_crm@"),
    "contracttracking": (HUNDREDTHIRTYSIXTH_SET, "alsnyldrm/contract_tracking@"),
    "crmviet": (HUNDREDTHIRTYSIXTH_SET, "david-cung/crm-viet-backend@"),
    "crmtool": (HUNDREDTHIRTYSIXTH_SET, "videford/crmtool@"),
    "apflow": (HUNDREDTHIRTYSIXTH_SET, "dkpinn/apflow-backend@"),
    "arenaroadx": (HUNDREDTHIRTYSIXTH_SET, "abhixw/ArenaroadX@"),
    "astman": (HUNDREDTHIRTYSIXTH_SET, "TakCK/AstMan@"),
    "budgetbuddy": (HUNDREDTHIRTYSIXTH_SET, "asam89/budget-buddy@"),
    "hotelback": (HUNDREDTHIRTYSEVENTH_SET, "XXXDoriXXX/Hotel-back@"),
    "infecsure": (HUNDREDTHIRTYSEVENTH_SET, "Dhananjith1/Infecsure_V1@"),
    "institutemanager": (HUNDREDTHIRTYSEVENTH_SET, "sajadys2003/Institute_manager@"),
    "insureflow": (HUNDREDTHIRTYSEVENTH_SET, "joel-danjuma/insureflow@"),
    "fuselms": (HUNDREDTHIRTYSEVENTH_SET, "brokebrospvtorg/FuseLMSback@"),
    "gamemarket": (HUNDREDTHIRTYSEVENTH_SET, "akimok17/GameMarket-backend@"),
    "gestfive": (HUNDREDTHIRTYSEVENTH_SET, "07gitgp01/gest_five-api@"),
    "groundctl": (HUNDREDTHIRTYSEVENTH_SET, "atechlab-am/groundctl@"),
    "nutribox": (HUNDREDTHIRTYEIGHTH_SET, "nandhathanikai/nutri_box-backend@"),
    "onbozor": (HUNDREDTHIRTYEIGHTH_SET, "uzcardlite/Onbozor@"),
    "pasticcio": (HUNDREDTHIRTYEIGHTH_SET, "oloturia/Pasticcio@"),
    "portfoliomanager": (HUNDREDTHIRTYEIGHTH_SET, "leonardocota1979/portfoliomanager@"),
    "labelllm": (HUNDREDTHIRTYEIGHTH_SET, "opendatalab/LabelLLM@"),
    "mcpcontextforge": (HUNDREDTHIRTYEIGHTH_SET, "IBM/mcp-context-forge@"),
    "mediafusion": (HUNDREDTHIRTYEIGHTH_SET, "mhdzumair/MediaFusion@"),
    "moviepilot": (HUNDREDTHIRTYEIGHTH_SET, "jxxghp/MoviePilot@"),
    "salesapp": (HUNDREDTHIRTYNINTH_SET, "STS-Engineer/Sales_App_Backend@"),
    "restaurantop": (HUNDREDTHIRTYNINTH_SET, "budipriyoutomo/restaurant-operation@"),
    "soundscore": (HUNDREDTHIRTYNINTH_SET, "nickkcj/soundscore-api@"),
    "reviewbot": (HUNDREDTHIRTYNINTH_SET, "reflectionsinfos/reviewbot@"),
    "trackpal": (HUNDREDTHIRTYNINTH_SET, "cgs-works/trackpal@"),
    "verigo": (HUNDREDTHIRTYNINTH_SET, "jabridge99/Verigo1@"),
    "whombat": (HUNDREDTHIRTYNINTH_SET, "mbsantiago/whombat@"),
    "yuxiknow": (HUNDREDTHIRTYNINTH_SET, "xerrors/Yuxi-Know@"),
    "credfluence": (HUNDREDFORTIETH_SET, "Ashish23jun/credFluence_Backend@"),
    "clarum": (HUNDREDFORTIETH_SET, "waxman8/clarum-healthcare-admin-backend@"),
    "clinicbot": (HUNDREDFORTIETH_SET, "py-andy-c/clinic-bot@"),
    "creditcardsys": (HUNDREDFORTIETH_SET, "swaggyV08/Credit-Card-System@"),
    "babilesoccer": (HUNDREDFORTIETH_SET, "mineme3/babile-soccer-backend@"),
    "airline": (HUNDREDFORTIETH_SET, "M7mas/airline@"),
    "apiauthgames": (HUNDREDFORTIETH_SET, "MiguelBonilla-sys/API_AUTH_GAMES@"),
    "beezent": (HUNDREDFORTIETH_SET, "MDMUHIR/beezent_api@"),
    "honcho": (HUNDREDFORTYFIRST_SET, "plastic-labs/honcho@"),
    "hummingbotapi": (HUNDREDFORTYFIRST_SET, "hummingbot/hummingbot-api@"),
    "iacm": (HUNDREDFORTYFIRST_SET, "mojsaen-glitch/iacm-backend@"),
    "kinit": (HUNDREDFORTYFIRST_SET, "vvandk/kinit@"),
    "eigent": (HUNDREDFORTYFIRST_SET, "eigent-ai/eigent@"),
    "fileglancer": (HUNDREDFORTYFIRST_SET, "JaneliaSciComp/fileglancer@"),
    "flowsint": (HUNDREDFORTYFIRST_SET, "reconurge/flowsint@"),
    "fudileadlab": (HUNDREDFORTYFIRST_SET, "JehielL/fudi-lead-lab-backend@"),
    "nexhealth": (HUNDREDFORTYSECOND_SET, "muqadaskhandev/nexhealth-backend@"),
    "onebrain": (HUNDREDFORTYSECOND_SET, "proark1/onebrain@"),
    "patchmanager": (HUNDREDFORTYSECOND_SET, "Hiba-20/patch-manager-backend@"),
    "prepvista": (HUNDREDFORTYSECOND_SET, "NaveenKumar-G-AI/PrepVista-AI@"),
    "leapfrogai": (HUNDREDFORTYSECOND_SET, "defenseunicorns/leapfrogai@"),
    "lightspeedstack": (HUNDREDFORTYSECOND_SET, "lightspeed-core/lightspeed-stack@"),
    "lilac": (HUNDREDFORTYSECOND_SET, "databricks/lilac@"),
    "mlflowoidc": (HUNDREDFORTYSECOND_SET, "mlflow-oidc/mlflow-oidc-auth@"),
    "tabbyapi": (HUNDREDFORTYTHIRD_SET, "theroyallab/tabbyAPI@"),
    "taxgod": (HUNDREDFORTYTHIRD_SET, "garochee33/tax-god-super-agent-copilot@"),
    "karivari": (HUNDREDFORTYTHIRD_SET, "KARIVARI-UGANDA/webapp@"),
    "smartshopwa": (HUNDREDFORTYTHIRD_SET, "Goon981/whatsapp@"),
    "qaadmin": (HUNDREDFORTYTHIRD_SET, "monish8978/qa_admin_backend@"),
    "quanlykhoahoc": (HUNDREDFORTYTHIRD_SET, "VDTmy/Qu-n-l-kh-a-h-c@"),
    "quotationinvoice": (HUNDREDFORTYTHIRD_SET, "ajlr2003/quotation-invoice@"),
    "restaran": (HUNDREDFORTYTHIRD_SET, "mraura11112222-crypto/restaran-backend@"),
    "acchelper": (HUNDREDFORTYFOURTH_SET, "KimDongUg/AccHelperBack@"),
    "criticomida": (HUNDREDFORTYFOURTH_SET, "lagomoura/criticomida-backend@"),
    "civcon": (HUNDREDFORTYFOURTH_SET, "hydraxyl256/CIVCON@"),
    "buddybug": (HUNDREDFORTYFOURTH_SET, "billy-Beanbag/buddybug-bedtime-stories@"),
    "garudar": (HUNDREDFORTYFOURTH_SET, "mrHOMERlive/garudar-backend-final@"),
    "holaride": (HUNDREDFORTYFOURTH_SET, "michel-emel/HolaRide-API-V2@"),
    "lighthubcustoms": (HUNDREDFORTYFOURTH_SET, "money-projects/lighthubcustoms@"),
    "milevault": (HUNDREDFORTYFOURTH_SET, "segunemma2003/milevault-backend@"),
    "qrdasturxon": (HUNDREDFORTYFIFTH_SET, "abbosbek112/QRdasturxon@"),
    "restodem": (HUNDREDFORTYFIFTH_SET, "amal-sajeev/resto_dem@"),
    "qaura": (HUNDREDFORTYFIFTH_SET, "pedrobolado2023/q-aura-atendimentos@"),
    "pimbe": (HUNDREDFORTYFIFTH_SET, "shashankshekhar2909/PIM-BE@"),
    "sheda": (HUNDREDFORTYFIFTH_SET, "Penivera/Sheda-Backend@"),
    "toyuseong": (HUNDREDFORTYFIFTH_SET, "DSM-2026-team7/toYuseong-BE@"),
    "wbchekcer": (HUNDREDFORTYFIFTH_SET, "ozodbekAI/WBCHEKCER@"),
    "webmypham": (HUNDREDFORTYFIFTH_SET, "nnkhanh-dev/webmypham_API@"),
    "smartsavings": (HUNDREDFORTYSIXTH_SET, "DanSamedov/api-smart-savings@"),
    "classecho": (HUNDREDFORTYSIXTH_SET, "harshit3478/Class-Echo-Backend@"),
    "dorismon": (HUNDREDFORTYSIXTH_SET, "dorismoninstitute-crypto/dorismon-api@"),
    "flipkartbackend": (HUNDREDFORTYSIXTH_SET, "Ashujohri/flipkart_backend@"),
    "genverse": (HUNDREDFORTYSIXTH_SET, "Abhidharsh-FGIL/Genverse-backend@"),
    "guidxus": (HUNDREDFORTYSIXTH_SET, "khaledzak5/Guidxus-main@"),
    "handy": (HUNDREDFORTYSIXTH_SET, "zhyuk/handy-backend@"),
    "legacyhub": (HUNDREDFORTYSIXTH_SET, "dhdev19/legacy-hub-crm@"),
    "notdienstplaner": (HUNDREDFORTYSEVENTH_SET, "mengermalte-source/notdienstplaner@"),
    "organizador": (HUNDREDFORTYSEVENTH_SET, "carlos-edu2367/organizador-financeiro@"),
    "privateschool": (HUNDREDFORTYSEVENTH_SET, "AnonimPython/Private-School@"),
    "qaplain": (HUNDREDFORTYSEVENTH_SET, "ankinstructor2025-stack/qaplain_api@"),
    "skillmap": (HUNDREDFORTYSEVENTH_SET, "Skill-Map/Skillmap@"),
    "scandylite": (HUNDREDFORTYSEVENTH_SET, "Woschj/scandy-lite@"),
    "schoolmgmt": (HUNDREDFORTYSEVENTH_SET, "yashikart/School-Mangment-System@"),
    "sihbackend": (HUNDREDFORTYSEVENTH_SET, "shobhitjajoo/sihbackend@"),
    "salessync": (HUNDREDFORTYEIGHTH_SET, "Folio-Interns-Team-E/Backend_Sales_Sync@"),
    "fieldflow": (HUNDREDFORTYEIGHTH_SET, "andersodenes-blip/FieldFlow-v2@"),
    "chatbucket": (HUNDREDFORTYEIGHTH_SET, "coinexmarket/chatbucket_b2b_backend@"),
    "fsucci": (HUNDREDFORTYEIGHTH_SET, "Courtzcorner/fsu-cci-dashboard-backend@"),
    "gestionalecloud": (HUNDREDFORTYEIGHTH_SET, "ceraldicontabilita/GestionaleCloud@"),
    "hostal": (HUNDREDFORTYEIGHTH_SET, "adrpinto83/hostal@"),
    "icebergttx": (HUNDREDFORTYEIGHTH_SET, "IcebergAI/IcebergTTX@"),
    "meetingoverseers": (HUNDREDFORTYEIGHTH_SET, "Fredderby/meeting_overseers@"),
    "nowry": (HUNDREDFORTYNINTH_SET, "dirias/Nowry-API@"),
    "pfotencard": (HUNDREDFORTYNINTH_SET, "mikajoos-cmyk/PfotencardBackend@"),
    "portalia": (HUNDREDFORTYNINTH_SET, "Gelzieny/portal-ia-docker@"),
    "qunkong": (HUNDREDFORTYNINTH_SET, "ZYWNB666/qunkong@"),
    "tabys": (HUNDREDFORTYNINTH_SET, "Meirlen/Tabys@"),
    "umkm": (HUNDREDFORTYNINTH_SET, "Sramadhan7221/umkm_omnichanel@"),
    "univolunteer": (HUNDREDFORTYNINTH_SET, "Anteater10/uni-volunteer-scheduler@"),
    "evenation": (HUNDREDFORTYNINTH_SET, "SainandaG/website@"),
    "flowos": (HUNDREDFIFTIETH_SET, "amlanacharya/FlowOS@"),
    "client360": (HUNDREDFIFTIETH_SET, "360WealthConsulting/Client360@"),
    "bionex": (HUNDREDFIFTIETH_SET, "bionex-life/Bionex-Backend-Python@"),
    "farahsys": (HUNDREDFIFTIETH_SET, "baqermajeed/farah_sys@"),
    "pariksha": (HUNDREDFIFTIETH_SET, "manpreetnub23/pariksha-path-backend@"),
    "powerfield": (HUNDREDFIFTIETH_SET, "alexpalmier91/powerfieldmanager@"),
    "primaryexam": (HUNDREDFIFTIETH_SET, "beixiaohong/PrimarySchoolExam@"),
    "renown": (HUNDREDFIFTIETH_SET, "thathireddy1995/renown-api@"),
    "generaldating": (HUNDREDFIFTYFIRST_SET, "GSCreativeAgnecy/GeneralDatingBackend@"),
    "lawascouts": (HUNDREDFIFTYFIRST_SET, "ketanmore2002/lawa-scouts-platform@"),
    "librhub": (HUNDREDFIFTYFIRST_SET, "floss-uz-community/librhub@"),
    "moirai": (HUNDREDFIFTYFIRST_SET, "HenrySpark369/MoirAI@"),
    "shopbd": (HUNDREDFIFTYFIRST_SET, "Ataur-rahman-01/shopbd-backend@"),
    "streetart": (HUNDREDFIFTYFIRST_SET, "toGetIntoLingonberryJam/StreetArtBack@"),
    "vaccination": (HUNDREDFIFTYFIRST_SET, "snabbenterprisesllp/vaccination-backend@"),
    "wriveted": (HUNDREDFIFTYFIRST_SET, "Wriveted/wriveted-api@"),
    "apip": (HUNDREDFIFTYSECOND_SET, "astronomerjoe3-afk/apip-api@"),
    "autostock": (HUNDREDFIFTYSECOND_SET, "JuanEstebanAstaiza/Autostock@"),
    "backendzod": (HUNDREDFIFTYSECOND_SET, "abdulhaqiq/backend-zod@"),
    "crmcollector": (HUNDREDFIFTYSECOND_SET, "29062005ba-max/crm-collector@"),
    "nftplatform": (HUNDREDFIFTYSECOND_SET, "polymathhub/nft_platform_backend@"),
    "ostrichai": (HUNDREDFIFTYSECOND_SET, "vitoteks-art/ostrichai@"),
    "outreachjob": (HUNDREDFIFTYSECOND_SET, "shivamurkude/outreachjob@"),
    "pesapips": (HUNDREDFIFTYSECOND_SET, "grover-chambers/pesapips-backend@"),
    "gist": (HUNDREDFIFTYTHIRD_SET, "MindSync-25/Gist_backend@"),
    "godlion": (HUNDREDFIFTYTHIRD_SET, "God-Lion/God-Lion-Seeker-Optimizer@"),
    "goutruck": (HUNDREDFIFTYTHIRD_SET, "bomberman9000/goutruckme-api@"),
    "invisiblemech": (
        HUNDREDFIFTYTHIRD_SET,
        "Invisible-Mechanics/invisible-mechanics-application-backend@",
    ),
    "setid": (HUNDREDFIFTYTHIRD_SET, "arjunpkulkarni/SetId@"),
    "shadowblock": (HUNDREDFIFTYTHIRD_SET, "shivanshukushwah/shadow_block@"),
    "statementscrub": (HUNDREDFIFTYTHIRD_SET, "techsmit368/statementscrub@"),
    "together": (HUNDREDFIFTYTHIRD_SET, "lyric-s/together-app-backend@"),
    "agentick": (HUNDREDFIFTYFOURTH_SET, "daFoggo/Agentick-BE@"),
    "aponti": (HUNDREDFIFTYFOURTH_SET, "Babli751/Aponti-Backend@"),
    "finrisk": (HUNDREDFIFTYFOURTH_SET, "Chain361/FinRisk-Backend@"),
    "focusflow": (HUNDREDFIFTYFOURTH_SET, "Ajisafe123/focus-flow-server-v1@"),
    "nobleedge": (HUNDREDFIFTYFOURTH_SET, "EbubeIreneaus/nobleedgeapi@"),
    "picksport": (HUNDREDFIFTYFOURTH_SET, "jakespencer6596-debug/picksportplus@"),
    "playonstars": (HUNDREDFIFTYFOURTH_SET, "Inflyser/Playonstars1@"),
    "rallypoint": (HUNDREDFIFTYFOURTH_SET, "chintankanal/rallypoint@"),
    "gotaxi": (HUNDREDFIFTYFIFTH_SET, "Carsone-dev/gotaxi-backend@"),
    "mover": (HUNDREDFIFTYFIFTH_SET, "GitSujal/mover-backend@"),
    "mymentor": (HUNDREDFIFTYFIFTH_SET, "MADHANKUMAR1610/MyMentorFinal@"),
    "myportal": (HUNDREDFIFTYFIFTH_SET, "bradhawkins85/MyPortal@"),
    "slottly": (HUNDREDFIFTYFIFTH_SET, "HoverGo/Slottly@"),
    "trystyle": (HUNDREDFIFTYFIFTH_SET, "Kirirto-kun/TryStyle_back@"),
    "skillfort": (HUNDREDFIFTYFIFTH_SET, "Kirubahar-Dev/skillfort-lms-backend@"),
    "smilein": (HUNDREDFIFTYFIFTH_SET, "samuelsibarani11/smilein_api_deployed@"),
    "aura": (HUNDREDFIFTYSIXTH_SET, "SebasGalle07/Aura_spa_Backend@"),
    "bandami": (HUNDREDFIFTYSIXTH_SET, "fjeldes/bandami-backend@"),
    "carbonledger": (HUNDREDFIFTYSIXTH_SET, "JXYRXJ/CarbonLedger@"),
    "drivelaw": (HUNDREDFIFTYSIXTH_SET, "CoDedArch/DriveLaw@"),
    "opinionmarket": (HUNDREDFIFTYSIXTH_SET, "Sandra-Cai/opinion-market@"),
    "phila": (HUNDREDFIFTYSIXTH_SET, "Mugwena14/phila-backend@"),
    "ppbackend": (HUNDREDFIFTYSIXTH_SET, "SAIFZaman007/PP_backend--by-Jaa@"),
    "qcmb": (HUNDREDFIFTYSIXTH_SET, "xmark168/QCMB-backend-api@"),
    "jobsearch": (HUNDREDFIFTYSEVENTH_SET, "mauricio-camayo/jobsearch@"),
    "kasigsm": (HUNDREDFIFTYSEVENTH_SET, "Mocca-flames/kasigsm_backend@"),
    "kiddan": (HUNDREDFIFTYSEVENTH_SET, "KiddanApp/KiddanApp@"),
    "logika": (HUNDREDFIFTYSEVENTH_SET, "ravisabhlok/logika-erp@"),
    "tutoring": (HUNDREDFIFTYSEVENTH_SET, "kenny1934/tutoring-management-system@"),
    "synkventory": (HUNDREDFIFTYSEVENTH_SET, "sileroka/synkventory@"),
    "samvit": (HUNDREDFIFTYSEVENTH_SET, "BhanuKorthiwada/samvit@"),
    "sparknode": (HUNDREDFIFTYSEVENTH_SET, "zuber2301/sparknode@"),
    "fleetrider": (HUNDREDFIFTYEIGHTH_SET, "Gurusaurabh23/fleet-rider-management@"),
    "erickmarket": (HUNDREDFIFTYEIGHTH_SET, "erickong12/market-place@"),
    "bytepit": (HUNDREDFIFTYEIGHTH_SET, "BytePitApp/bytepit-api@"),
    "civicmirror": (HUNDREDFIFTYEIGHTH_SET, "ashboi005/civic-mirror@"),
    "pharmasight": (HUNDREDFIFTYEIGHTH_SET, "JACKSON-PHARM/pharmasight@"),
    "recruitpro": (HUNDREDFIFTYEIGHTH_SET, "anigil002/recruitpro-codex@"),
    "malishaedu": (HUNDREDFIFTYEIGHTH_SET, "findasifrahman/malishaedu-ai-agent-backend@"),
    "mciplatform": (HUNDREDFIFTYEIGHTH_SET, "Mohamed100000000/mci-platform@"),
    "huntbackend": (HUNDREDFIFTYEIGHTH_SET, "mysteryjatin/huntbackend@"),
    "jokroup": (HUNDREDFIFTYEIGHTH_SET, "jaikalki01/Jokroup-FastAPI@"),
    "vintagestory": (HUNDREDFIFTYEIGHTH_SET, "craquehouse/vintagestory-server@"),
    "vendorinvoice": (HUNDREDFIFTYEIGHTH_SET, "12-saurabh/Vendor_Invoice_Intelligence_Platform@"),
    "saasgroup": (HUNDREDFIFTYEIGHTH_SET, "01mohitjangid/SaaS-Group@"),
    "salarymgmt": (HUNDREDFIFTYEIGHTH_SET, "11kaze/salary-management-system@"),
    "afrimail": (HUNDREDFIFTYNINTH_SET, "NeonAnubis/afrimail-backend@"),
    "aiacademy": (HUNDREDFIFTYNINTH_SET, "NasimYus/ai-academy-backend@"),
    "airecruiting": (HUNDREDFIFTYNINTH_SET, "danny0ceanCA/airecruiting@"),
    "aibarista": (HUNDREDFIFTYNINTH_SET, "Kimsuncheol/AI-powered-barista-BE@"),
    "agentcomms": (HUNDREDFIFTYNINTH_SET, "johfirth/agent-comms@"),
    "imsapi": (HUNDREDFIFTYNINTH_SET, "ral-facilities/inventory-management-system-api@"),
    "lessionmath": (HUNDREDFIFTYNINTH_SET, "Abduhamid2003/LessionMath@"),
    "jobfilters": (HUNDREDFIFTYNINTH_SET, "GiatrGio/Job-filters-backend@"),
    "genolens": (HUNDREDFIFTYNINTH_SET, "BioMAs/genolens-backend@"),
    "quizik": (HUNDREDSIXTIETH_SET, "RehakFrantisek/quizik@"),
    "portfolium": (HUNDREDSIXTIETH_SET, "ArthurMTX/Portfolium@"),
    "praxisdoktor": (HUNDREDSIXTIETH_SET, "LiminalConsulting/PraxisDoktor@"),
    "questboard": (HUNDREDSIXTIETH_SET, "Ragib100/QuestBoard@"),
    "novamedika": (HUNDREDSIXTIETH_SET, "AleksandrAndreew-Dev/Novamedika-LTS@"),
    "vehicledesk": (HUNDREDSIXTIETH_SET, "pazgu/Vehicle-Desk-System@"),
    "viveparche": (HUNDREDSIXTIETH_SET, "santigonzazzz/ViveParche@"),
    "shahroo": (HUNDREDSIXTIETH_SET, "Peyman-Products/shahroo@"),
    "tempus": (HUNDREDSIXTIETH_SET, "FRC-Team-4143/tempus@"),
    "auditforge": (HUNDREDSIXTYFIRST_SET, "Adhyatmachrysdavu/auditforge@"),
    "astranum": (HUNDREDSIXTYFIRST_SET, "Aagam-Bothara/astranum@"),
    "clarityengine": (HUNDREDSIXTYFIRST_SET, "Abdel-1/clarity-engine@"),
    "dialexus": (HUNDREDSIXTYFIRST_SET, "AmaanP314/dialexus-chat@"),
    "aakar": (HUNDREDSIXTYFIRST_SET, "Ai-Booth-Management/AAkar@"),
    "gokomu": (HUNDREDSIXTYFIRST_SET, "200762zzy/gokomu-online@"),
    "mesobai": (HUNDREDSIXTYFIRST_SET, "Abik1221/gugu-gaga-@"),
    "mediscribe": (HUNDREDSIXTYFIRST_SET, "Zhiqiu0/hospital-ai-assistant@"),
    "jullsjewels": (HUNDREDSIXTYFIRST_SET, "8damn/JullsJewels@"),
    "labmanager": (HUNDREDSIXTYFIRST_SET, "AbnerMSaconi/LabManager@"),
    "matchme": (HUNDREDSIXTYSECOND_SET, "SjPn/MatchMe@"),
    "mtgmarket": (HUNDREDSIXTYSECOND_SET, "Lyro-ty/mtg-market-intel@"),
    "polynex": (HUNDREDSIXTYSECOND_SET, "Movelocity/polynex@"),
    "openterminal": (HUNDREDSIXTYSECOND_SET, "Hitheshkaranth/OpenTerminalUI@"),
    "sweezy": (HUNDREDSIXTYSECOND_SET, "aiinsider52/sweezy@"),
    "slodi": (HUNDREDSIXTYSECOND_SET, "slodi-dev/slodi@"),
    "steammates": (HUNDREDSIXTYSECOND_SET, "SweetCanella/SteamMates@"),
    "smartbillr": (HUNDREDSIXTYSECOND_SET, "Venkat-2106/smartbillr@"),
    "sportsleague": (HUNDREDSIXTYSECOND_SET, "JulzNette/sportsleague-argo@"),
    "trackmate": (HUNDREDSIXTYTHIRD_SET, "AbuSid2007/TrackMate@"),
    "znapfile": (HUNDREDSIXTYTHIRD_SET, "Abzolute1/znapfile@"),
    "selfmind": (HUNDREDSIXTYTHIRD_SET, "Alish-shiN/SelfMind-Pro@"),
    "rojgar": (HUNDREDSIXTYTHIRD_SET, "AjitRaut/rojgar@"),
    "trademeter": (HUNDREDSIXTYTHIRD_SET, "AbdelrahmanYousef9266/TradeMeter@"),
    "kajovo": (HUNDREDSIXTYTHIRD_SET, "karelmartinek-a11y/kajovo-hotel-monorepo@"),
    "kalma": (HUNDREDSIXTYTHIRD_SET, "alejandroocastroo/Kalma@"),
    "itemployeez": (HUNDREDSIXTYTHIRD_SET, "GNANAMAI/ITEMPLOYEEZ@"),
    "integratedhr": (HUNDREDSIXTYTHIRD_SET, "Yuho9915/Integrated-HR-Administrative-System@"),
    "maimai": (HUNDREDSIXTYFOURTH_SET, "STMfan/MaiMaiNotePad-BackEnd@"),
    "paryllel": (HUNDREDSIXTYFOURTH_SET, "TMGSu/Paryllel-Backend@"),
    "ourhike": (HUNDREDSIXTYFOURTH_SET, "OurHike/OurHike@"),
    "releaseradar": (HUNDREDSIXTYFOURTH_SET, "dan-mcc1/ReleaseRadar@"),
    "syncle": (HUNDREDSIXTYFOURTH_SET, "ctes091x/Syncle@"),
    "secondhand": (HUNDREDSIXTYFOURTH_SET, "codebypython/secondhand-marketplace@"),
    "sitetracker": (HUNDREDSIXTYFOURTH_SET, "Jurmay/sitetracker-v2@"),
    "smallbiz": (HUNDREDSIXTYFOURTH_SET, "KaKaBarros04/small-business-system@"),
    "salesiq": (HUNDREDSIXTYFOURTH_SET, "skhan1979/sales-IQ@"),
    "auralis": (HUNDREDSIXTYFIFTH_SET, "Adityans07/Auralis_Interiors@"),
    "boilerpickup": (HUNDREDSIXTYFIFTH_SET, "aakash-bathini/BoilerPickup@"),
    "duvarsanat": (HUNDREDSIXTYFIFTH_SET, "CrossfirelabInc/DuvarSanatPub@"),
    "finlit": (HUNDREDSIXTYFIFTH_SET, "AaryanKoradia/Fintech-Project@"),
    "gastro": (HUNDREDSIXTYFIFTH_SET, "Maurice-Makafui/gastro-registry@"),
    "geovision": (HUNDREDSIXTYFIFTH_SET, "Genovesi-JM/geovision@"),
    "huantou": (HUNDREDSIXTYFIFTH_SET, "freedomflyy/huantou@"),
    "jobhub": (HUNDREDSIXTYFIFTH_SET, "Haasann46/Jobhub@"),
    "lias": (HUNDREDSIXTYFIFTH_SET, "haitamelassi-etu-ai/lias-platform@"),
    "pickalo": (HUNDREDSIXTYSIXTH_SET, "NguyenBui256/PickaloApp@"),
    "oneqlick": (HUNDREDSIXTYSIXTH_SET, "TahaKotwal12/oneqlick-backend@"),
    "nextvendors": (HUNDREDSIXTYSIXTH_SET, "Monther-alhamadi/NextVendors@"),
    "openrelay": (HUNDREDSIXTYSIXTH_SET, "magikh0e/open-relay@"),
    "trackrate": (HUNDREDSIXTYSIXTH_SET, "AC061/TrackRate@"),
    "stellarts": (HUNDREDSIXTYSIXTH_SET, "NOVUS-X/StellArts@"),
    "tourpie": (HUNDREDSIXTYSIXTH_SET, "ravan13/Tourpie@"),
    "thrivehub": (HUNDREDSIXTYSIXTH_SET, "mayankmehta1610/thrivehub@"),
    "tutorconnect": (HUNDREDSIXTYSIXTH_SET, "Madeline0004/tutorconnect@"),
    "carlink": (HUNDREDSIXTYSEVENTH_SET, "AiLinknfc/carlink@"),
    "fundaconnect": (HUNDREDSIXTYSEVENTH_SET, "collactivelabs/funda-connect@"),
    "cybervault": (HUNDREDSIXTYSEVENTH_SET, "DavidRocher01/cyber-vault@"),
    "autoloco": (HUNDREDSIXTYSEVENTH_SET, "Eddie2908/AUTOLOCO@"),
    "kipar": (HUNDREDSIXTYSEVENTH_SET, "FredericMoussavou/kipar@"),
    "glambylynn": (HUNDREDSIXTYSEVENTH_SET, "IngiaTech/glam-by-lynn@"),
    "localghost": (HUNDREDSIXTYSEVENTH_SET, "Kedar-Bhide/localghost@"),
    "kmm": (HUNDREDSIXTYSEVENTH_SET, "erlan-b/km-m@"),
    "restempire": (HUNDREDSIXTYEIGHTH_SET, "stanmart1/rest-empire@"),
    "rentalink": (HUNDREDSIXTYEIGHTH_SET, "Matsoso-Phomolo/Rentalink@"),
    "padeltour": (HUNDREDSIXTYEIGHTH_SET, "Ayoubl96/padeltour@"),
    "occashare": (HUNDREDSIXTYEIGHTH_SET, "inday-tech/OccaShare@"),
    "servicesrenting": (HUNDREDSIXTYEIGHTH_SET, "not0sama/Services-Renting-Platform@"),
    "taskit": (HUNDREDSIXTYEIGHTH_SET, "omershamsi911/TaskIT@"),
    "varuflow": (HUNDREDSIXTYEIGHTH_SET, "mahabisoufiane/varuflow@"),
    "washapp": (HUNDREDSIXTYEIGHTH_SET, "hasibeazraakca/WashApp@"),
    "zenmove": (HUNDREDSIXTYEIGHTH_SET, "GyanCodeBox/zenMove@"),
    "biblioexchange": (HUNDREDSIXTYNINTH_SET, "AGL2304/biblioexchange_ASD@"),
    "crocojourney": (HUNDREDSIXTYNINTH_SET, "CrocoJourney/backend@"),
    "cardealership": (HUNDREDSIXTYNINTH_SET, "DevKadiya7/car-dealership-tdd-kata@"),
    "bookmyspot": (HUNDREDSIXTYNINTH_SET, "AATHILDUCKY/bookmyspot@"),
    "barbearia": (HUNDREDSIXTYNINTH_SET, "2021Lincoln/api-barbearia@"),
    "kidario": (HUNDREDSIXTYNINTH_SET, "LuFernandoMG/kidario@"),
    "gurubhet": (HUNDREDSIXTYNINTH_SET, "Final-Year-Project-HCC/GuruBhet@"),
    "joyida": (HUNDREDSIXTYNINTH_SET, "abdulaziz-itc/joyida@"),
    "moderate": (HUNDREDSEVENTIETH_SET, "MODERATE-Project/moderate-platform-api@"),
    "placefordinner": (HUNDREDSEVENTIETH_SET, "Kriikle/Place-for-dinner@"),
    "mcqportal": (HUNDREDSEVENTIETH_SET, "Ktej255/mcq-portal-backend@"),
    "recruiterportal": (HUNDREDSEVENTIETH_SET, "satyasai-scketch/Recruiter-Portal-Backend-DDD@"),
    "task2cash": (HUNDREDSEVENTIETH_SET, "wssaaa6-netizen/task-reward-system@"),
    "tareasdehogar": (HUNDREDSEVENTIETH_SET, "jjaramillodoe/tareasdehogar@"),
    "tennisapp": (HUNDREDSEVENTIETH_SET, "vkozyrev0/tennis-app@"),
    "virtualnexo": (HUNDREDSEVENTIETH_SET, "matiasaudicio130-hash/virtualnexo-backend@"),
    "buchhaltung": (HUNDREDSEVENTYFIRST_SET, "ChadSaglam/buchhaltung@"),
    "churchbooking": (HUNDREDSEVENTYFIRST_SET, "BalthazarKloppersCode/Church-booking-system@"),
    "digidarshan": (HUNDREDSEVENTYFIRST_SET, "Ashish-Ranjan11/Digi_Darshan@"),
    "eduly": (HUNDREDSEVENTYFIRST_SET, "Diyorbek321/eduly_deploy@"),
    "foxinburg": (HUNDREDSEVENTYFIRST_SET, "Dymovgrigory/Foxinburg-EBOS@"),
    "gamehabits": (HUNDREDSEVENTYFIRST_SET, "Asuura666/game_habits@"),
    "h2kitchen": (HUNDREDSEVENTYFIRST_SET, "hunganh1310/H2-Kitchen@"),
    "landten": (HUNDREDSEVENTYFIRST_SET, "Kasuletrevor/landten@"),
    "limaapp": (HUNDREDSEVENTYFIRST_SET, "versila22/lima-app@"),
    "lytherahub": (HUNDREDSEVENTYFIRST_SET, "DarkoRist/lytherahub@"),
    "reknir": (HUNDREDSEVENTYSECOND_SET, "cr3ation/reknir@"),
    "reelie": (HUNDREDSEVENTYSECOND_SET, "reeliedev/reelie@"),
    "mathom": (HUNDREDSEVENTYSECOND_SET, "MacNite/mathom@"),
    "myfamilyfit": (HUNDREDSEVENTYSECOND_SET, "RojaPinnamraju/MyFamilyFit@"),
    "securityworkforce": (HUNDREDSEVENTYSECOND_SET, "IbrahimUsman056/Security-Workforce-Manager@"),
    "supportcare": (HUNDREDSEVENTYSECOND_SET, "BookyAde/support_care_app@"),
    "santamailroom": (HUNDREDSEVENTYSECOND_SET, "iantocristian/santa-mailroom@"),
    "yeshmishak": (HUNDREDSEVENTYSECOND_SET, "sandrusipredicts/yesh_mishak@"),
    "socshift": (HUNDREDSEVENTYSECOND_SET, "dogukankaradag/socshiftsystem@"),
    "aiwriterhub": (HUNDREDSEVENTYTHIRD_SET, "200420052024xw-dot/ai-writerhub@"),
    "datathon2026": (HUNDREDSEVENTYTHIRD_SET, "07-rachit/Datathon-2026@"),
    "comnopnet": (HUNDREDSEVENTYTHIRD_SET, "Akash1xe/ComnopnetLibrary@"),
    "agentsuite": (HUNDREDSEVENTYTHIRD_SET, "ANUU6134/agentsuite@"),
    "edifymindsjs": (HUNDREDSEVENTYTHIRD_SET, "22f3002718/edifymindsjs@"),
    "hallportal": (HUNDREDSEVENTYTHIRD_SET, "Hall-12-Maratha/Hall-Management-Portal@"),
    "lifestylespaces": (HUNDREDSEVENTYTHIRD_SET, "john-matlock-eng/lifestyle-spaces@"),
    "jugafulbito": (HUNDREDSEVENTYTHIRD_SET, "Ignacionahuelsotelo/juga-fulbito@"),
    "kincare": (HUNDREDSEVENTYTHIRD_SET, "NanshineLoong/KinCare@"),
    "koryxa": (HUNDREDSEVENTYTHIRD_SET, "Juniorleriche27/koryxa-services-ia@"),
    "meterinstall": (HUNDREDSEVENTYFOURTH_SET, "rutthawitc/meterinstallbackend@"),
    "munsccul": (HUNDREDSEVENTYFOURTH_SET, "Donaldcho/Munsccul@"),
    "nimblelims": (HUNDREDSEVENTYFOURTH_SET, "Marc02130/nimblelims@"),
    "maxqueryhub": (HUNDREDSEVENTYFOURTH_SET, "HK-LEEE/maxqueryhub@"),
    "rizon": (HUNDREDSEVENTYFOURTH_SET, "ItsMakion/RIZON@"),
    "zariva": (HUNDREDSEVENTYFOURTH_SET, "MesfinGithinji/zariva-property-management@"),
    "venzap": (HUNDREDSEVENTYFOURTH_SET, "JoshuaWX/Venzap@"),
    "tenderflow": (HUNDREDSEVENTYFOURTH_SET, "Jentcold/Tenderflow@"),
    "tutorapp": (HUNDREDSEVENTYFOURTH_SET, "BoilerTutors/TutorApp@"),
    "studypair": (HUNDREDSEVENTYFOURTH_SET, "SonsoriIssah/studypair@"),
    "accountify": (HUNDREDSEVENTYFIFTH_SET, "AliRaza192/accountify@"),
    "academix": (HUNDREDSEVENTYFIFTH_SET, "Akanksh2144/AcadeMix@"),
    "checknow": (HUNDREDSEVENTYFIFTH_SET, "Andres-Eloyl/CheckNow-@"),
    "clubsystem": (HUNDREDSEVENTYFIFTH_SET, "FerminLasarte/clubsystem@"),
    "ghostel": (HUNDREDSEVENTYFIFTH_SET, "ictgurugramgurukul-stack/G-hostel-@"),
    "helledger": (HUNDREDSEVENTYFIFTH_SET, "Kreuzbube88/helledger@"),
    "hommesestates": (HUNDREDSEVENTYFIFTH_SET, "HommesEstates/hommesestates@"),
    "khushischool": (HUNDREDSEVENTYFIFTH_SET, "afsahurrehman11/Khushi_school_system@"),
    "jirajura": (HUNDREDSEVENTYFIFTH_SET, "Hainox/JiraJura@"),
    "nivaad": (HUNDREDSEVENTYSIXTH_SET, "nivatier/NivaAd@"),
    "modeloasist": (HUNDREDSEVENTYSIXTH_SET, "gaibarra/modeloasist@"),
    "mundamarket": (HUNDREDSEVENTYSIXTH_SET, "waltergkaturuza/Munda-Market@"),
    "mediq": (HUNDREDSEVENTYSIXTH_SET, "munaimtahir/MedIQ@"),
    "recapvideo": (HUNDREDSEVENTYSIXTH_SET, "wnogit/RecapVideo-AI@"),
    "symbioai": (HUNDREDSEVENTYSIXTH_SET, "2403031570013-ops/symbio.ai@"),
    "worktrace": (HUNDREDSEVENTYSIXTH_SET, "8602614715/WorkTrace@"),
    "smarthire": (HUNDREDSEVENTYSIXTH_SET, "620593/Smart-Hire-Ai@"),
    "smartreimburse": (HUNDREDSEVENTYSIXTH_SET, "Abhiiishek44/SmartReimburse@"),
    "universalbi": (HUNDREDSEVENTYSIXTH_SET, "757607106/universal-bi@"),
    "bondi": (HUNDREDSEVENTYSEVENTH_SET, "EhsanRezaie/bondi@"),
    "ctaback": (HUNDREDSEVENTYSEVENTH_SET, "CTAOrga/CTA_back@"),
    "facetrack": (HUNDREDSEVENTYSEVENTH_SET, "Diya050/FaceTrack@"),
    "assistantai": (HUNDREDSEVENTYSEVENTH_SET, "FahriFurkanIlgen/AssistantAI@"),
    "fastdoc": (HUNDREDSEVENTYSEVENTH_SET, "zhaiyjgithub/fast-doc@"),
    "koaryu": (HUNDREDSEVENTYSEVENTH_SET, "ronchak/Koaryu@"),
    "kitchenos": (HUNDREDSEVENTYSEVENTH_SET, "LIVISHKUMAR/KitchenOS@"),
    "kuskul": (HUNDREDSEVENTYSEVENTH_SET, "tovfikur/kuskul@"),
    "localproduce": (HUNDREDSEVENTYSEVENTH_SET, "ICS613-Team4/local-produce-exchange@"),
    "mgmtcompany": (HUNDREDSEVENTYEIGHTH_SET, "Alexx2132/management_company_service@"),
    "redsocial": (HUNDREDSEVENTYEIGHTH_SET, "1Mitsuba/Red_Social@"),
    "mskchrono": (HUNDREDSEVENTYEIGHTH_SET, "4omo-tg/msk-chrono@"),
    "nest": (HUNDREDSEVENTYEIGHTH_SET, "24f3003330/N.E.S.T@"),
    "starrocks": (HUNDREDSEVENTYEIGHTH_SET, "EdwardArchive/starrocks-permission-manager@"),
    "soundhub": (HUNDREDSEVENTYEIGHTH_SET, "CRYPTOSCOPE101/SOUNDHUB@"),
    "smartcrm": (HUNDREDSEVENTYEIGHTH_SET, "00najmulhuda/smartcrm-backend@"),
    "shortnews": (HUNDREDSEVENTYEIGHTH_SET, "9temka-spotemok/short-news@"),
    "xcargo": (HUNDREDSEVENTYEIGHTH_SET, "JulianLopez711/xcargo@"),
    "cse2100": (HUNDREDSEVENTYNINTH_SET, "Shdaowfish066/CSE-2100-PROJECT@"),
    "boladas": (HUNDREDSEVENTYNINTH_SET, "Progaminy/boladas-ponto-com@"),
    "campusapp": (HUNDREDSEVENTYNINTH_SET, "Lololomus/CampusApp@"),
    "explorit": (HUNDREDSEVENTYNINTH_SET, "oliceglad/explorit@"),
    "cfind": (HUNDREDSEVENTYNINTH_SET, "ErsjanKeri/cfind-backend@"),
    "gestaocases": (HUNDREDSEVENTYNINTH_SET, "o-lino/gestao-cases@"),
    "grocerycalc": (HUNDREDSEVENTYNINTH_SET, "bikinmaharjan/GroceryCalc@"),
    "lifedash": (HUNDREDSEVENTYNINTH_SET, "Noxon007/life-dash@"),
    "llmcourse": (HUNDREDSEVENTYNINTH_SET, "houx15/llm-course-backend@"),
    "groupegti": (HUNDREDSEVENTYNINTH_SET, "GTIImmo/Groupe-GTI@"),
    "mercadofacil": (HUNDREDEIGHTIETH_SET, "LucasFontesB/MercadoFacil@"),
    "pmsbalaji": (HUNDREDEIGHTIETH_SET, "Balaji-Programme/PMS-backend@"),
    "usebeq": (HUNDREDEIGHTIETH_SET, "Ajauregui69/portal-usebeq-backend@"),
    "recruitsaas": (HUNDREDEIGHTIETH_SET, "05bca054/recruitement-saas-back-end@"),
    "restopos": (HUNDREDEIGHTIETH_SET, "cristolo29/restaurant_pos@"),
    "treeoflife": (HUNDREDEIGHTIETH_SET, "danielpokemon743-max/TreeOfLifeExplorer@"),
    "bookvice": (HUNDREDEIGHTIETH_SET, "67160333/WebApplicationDevelopment@"),
    "skillintel": (HUNDREDEIGHTIETH_SET, "Rohitrk11062004/Skill-Intelligence@"),
    "weldsystem": (HUNDREDEIGHTIETH_SET, "Laimiu-debug/weld-system@"),
    "fundacion": (HUNDREDEIGHTYFIRST_SET, "FelipeJS1295/admin_fundacion@"),
    "chargesys": (HUNDREDEIGHTYFIRST_SET, "DuHaoyang626/charge-system@"),
    "veterinaria": (HUNDREDEIGHTYFIRST_SET, "CristhianLozanoT/Backend_Veterinaria@"),
    "sicop": (HUNDREDEIGHTYFIRST_SET, "kevc7/backendsicop@"),
    "erik1erp": (HUNDREDEIGHTYFIRST_SET, "Erik-Flores-Canaza/backend-1erP-SI2@"),
    "jirafinal": (HUNDREDEIGHTYFIRST_SET, "IllaJyoCodingPro/jira_final_backend@"),
    "gestionsmarches": (HUNDREDEIGHTYFIRST_SET, "KasbiMohammed/GestionsMarch-s@"),
    "jkusa": (HUNDREDEIGHTYFIRST_SET, "LIJOHTECHDEVELOPERS/jkusabackend@"),
    "healthcarek": (HUNDREDEIGHTYFIRST_SET, "kunalraut666/healthcare_backend@"),
    "violence": (HUNDREDEIGHTYSECOND_SET, "AnhDuc0712/violence-backend@"),
    "styxproxy": (HUNDREDEIGHTYSECOND_SET, "sonnyagent30-beep/Styxproxy@"),
    "skaititaji": (HUNDREDEIGHTYSECOND_SET, "formytoys1-cmd/skaititaji@"),
    "ultimategw": (
        HUNDREDEIGHTYSECOND_SET,
        "ShreyashDarade/Ultimate-Assistant-AI-Gateway-Backend@",
    ),
    "sentriq": (HUNDREDEIGHTYSECOND_SET, "aicanabhi/sentriqvision@"),
    "monitra": (HUNDREDEIGHTYSECOND_SET, "abnelfilho-commits/monitra-backend@"),
    "nizapast": (HUNDREDEIGHTYSECOND_SET, "ricardosilvayescas-nexum/niza-isabela-pasteleria@"),
    "puntoventa": (HUNDREDEIGHTYSECOND_SET, "lrplaceres/punto_venta@"),
    "mariscos": (HUNDREDEIGHTYSECOND_SET, "Aless0307/restaurante_mariscos_backend@"),
    "barbersaas": (HUNDREDEIGHTYTHIRD_SET, "JeanPo-x0/BarberSaaS@"),
    "bancomr": (HUNDREDEIGHTYTHIRD_SET, "Marlon-HG/banco_mr@"),
    "daetec": (HUNDREDEIGHTYTHIRD_SET, "BernardoHolanda/daetec-api@"),
    "argentum": (HUNDREDEIGHTYTHIRD_SET, "Srl-Argentum/argentum-backend@"),
    "emsaturnos": (HUNDREDEIGHTYTHIRD_SET, "baxtercl/emsa-gestion-turnos-backend@"),
    "lkdstu": (HUNDREDEIGHTYTHIRD_SET, "imluza/lk_dstu@"),
    "handover": (HUNDREDEIGHTYTHIRD_SET, "abdullah090809/Handover_Voice_Summarizer@"),
    "immigwf": (HUNDREDEIGHTYTHIRD_SET, "harnaaz8/immigration-workflow-management-system@"),
    "jinpingmei": (HUNDREDEIGHTYTHIRD_SET, "Johnhpure/JinpingmeiSoftwareDevelopment@"),
    "hotelerp": (HUNDREDEIGHTYTHIRD_SET, "hkabir845/HotelERP@"),
    "manubackend": (HUNDREDEIGHTYFOURTH_SET, "MadsonOl/manu-backend@"),
    "mcnaprob": (HUNDREDEIGHTYFOURTH_SET, "mmoyac/mcn_aprobaciones_backend@"),
    "macuin": (HUNDREDEIGHTYFOURTH_SET, "FAV78500/macuin@"),
    "orgcred": (HUNDREDEIGHTYFOURTH_SET, "orgateccloud-bot/OrgCred@"),
    "rueda": (HUNDREDEIGHTYFOURTH_SET, "dev-lang/rueda-portfolio@"),
    "mtrcompras": (HUNDREDEIGHTYFOURTH_SET, "espina-jc-cloud/mtr-compras@"),
    "solagroup": (HUNDREDEIGHTYFOURTH_SET, "SamiJneidy/solagroup@"),
    "toolid": (HUNDREDEIGHTYFOURTH_SET, "kuncy7/toolid@"),
    "sitesync": (HUNDREDEIGHTYFOURTH_SET, "edrian-a-marinas/sitesync-api@"),
    "secondtrack": (HUNDREDEIGHTYFOURTH_SET, "vredix-openvuture/secondtrack@"),
    "webservise": (HUNDREDEIGHTYFOURTH_SET, "Dervish17/WebServise@"),
    "anwood": (HUNDREDEIGHTYFIFTH_SET, "andresmg42/ANWOODBACKEND@"),
    "cerbero": (HUNDREDEIGHTYFIFTH_SET, "ajota100320/CERBERO@"),
    "chroniccovid": (HUNDREDEIGHTYFIFTH_SET, "dgomezrocket/chronic_covid19@"),
    "fastapisep": (HUNDREDEIGHTYFIFTH_SET, "DhanushSS3/FastApi-Sep@"),
    "floreria": (HUNDREDEIGHTYFIFTH_SET, "faw1604/floreria-lucy-ecosystem@"),
    "gallopics": (HUNDREDEIGHTYFIFTH_SET, "gallopics/gallopics-api@"),
    "ghostlink": (HUNDREDEIGHTYFIFTH_SET, "OTHNIELDEV/ghostlink.dev@"),
    "gojov2": (HUNDREDEIGHTYFIFTH_SET, "Gokul-S2305/Gojo_V2@"),
    "greencart": (HUNDREDEIGHTYFIFTH_SET, "Shekina-24/Greencart_Backend@"),
    "kbbuilder": (HUNDREDEIGHTYFIFTH_SET, "italloleon/knowledge-base-builder@"),
    "motosfa": (HUNDREDEIGHTYSIXTH_SET, "axchisan/motos_fastapiBAckend@"),
    "primelagoon": (HUNDREDEIGHTYSIXTH_SET, "zdrux/prime-lagoon@"),
    "remediation": (HUNDREDEIGHTYSIXTH_SET, "maftabmirza/remediation-engine@"),
    "amimoveis": (HUNDREDEIGHTYSIXTH_SET, "juniorsilvarc0/portal_amimoveis@"),
    "nocsentinel": (HUNDREDEIGHTYSIXTH_SET, "x-mustafa/NOC-Sentinel@"),
    "shiftcraft": (HUNDREDEIGHTYSIXTH_SET, "MelvynJoseph10/ShiftCraft@"),
    "teamate": (HUNDREDEIGHTYSIXTH_SET, "AgriVision-TeaMATE/TeaMate-Backend@"),
    "servicemgr": (HUNDREDEIGHTYSIXTH_SET, "ali-sud0/Service-Manager@"),
    "workflowapis": (HUNDREDEIGHTYSIXTH_SET, "VasaBh/workflow_apis@"),
    "institute": (HUNDREDEIGHTYSIXTH_SET, "TheKzox/institute-backend@"),
    "almoxarifado": (HUNDREDEIGHTYSEVENTH_SET, "Bruno-engdev/AlmoxarifadoUsinagem_sistema@"),
    "autocare": (HUNDREDEIGHTYSEVENTH_SET, "Abhi5525/Autocare-Backend@"),
    "blackstone": (HUNDREDEIGHTYSEVENTH_SET, "BjeliA08/blackstone-api@"),
    "cestacontrol": (HUNDREDEIGHTYSEVENTH_SET, "ArthurBrit/CestaControl@"),
    "cookiecutters": (HUNDREDEIGHTYSEVENTH_SET, "cbruton77/cookie-cutters-api@"),
    "hqxapi": (HUNDREDEIGHTYSEVENTH_SET, "bencrane/hq-x@"),
    "ialinkedyn": (HUNDREDEIGHTYSEVENTH_SET, "Jeff1984Sor/ialinkedyn@"),
    "interviewbot": (HUNDREDEIGHTYSEVENTH_SET, "srinivas0721/InterviewBot@"),
    "learningwords": (HUNDREDEIGHTYSEVENTH_SET, "and-wu/learning_words@"),
    "intellex": (
        HUNDREDEIGHTYSEVENTH_SET,
        "abhishek24-06/Intellex-Enterprise-AI-Knowledge-Platform@",
    ),
    "projectrange": (HUNDREDEIGHTYEIGHTH_SET, "Moose151/project-range@"),
    "m1backendnew": (HUNDREDEIGHTYEIGHTH_SET, "rajeshbond/m1_back_end_new@"),
    "novaitsm": (HUNDREDEIGHTYEIGHTH_SET, "RitikPandey68/Nova-Itsm-Service-Desk@"),
    "parkingsystem": (HUNDREDEIGHTYEIGHTH_SET, "KaurDanil/Parking-System-BD@"),
    "oatmealfarm": (HUNDREDEIGHTYEIGHTH_SET, "Oatmeal-Farm-Network/oatmealfarmnetworkbackend@"),
    "vwpbackend": (HUNDREDEIGHTYEIGHTH_SET, "stephan-jeu/vwp-backend@"),
    "tezoperator": (HUNDREDEIGHTYEIGHTH_SET, "bezhumingqian-bit/TEZ-operator@"),
    "thunder1": (HUNDREDEIGHTYEIGHTH_SET, "bodaekko911/thunder_1@"),
    "shoplite": (HUNDREDEIGHTYEIGHTH_SET, "sos-mislom/ShopLite-backend@"),
    "apppatrol": (HUNDREDEIGHTYNINTH_SET, "hadhyhermawan/appPatrol-python@"),
    "campousos": (HUNDREDEIGHTYNINTH_SET, "CODERS-EXE/Campous-OS-backend@"),
    "dratul": (HUNDREDEIGHTYNINTH_SET, "iamp1000/dratul@"),
    "edugiga": (HUNDREDEIGHTYNINTH_SET, "Gathoni-GigaThoni/Edu_Giga_School_Management_system@"),
    "helphs": (HUNDREDEIGHTYNINTH_SET, "ErickSantos2002/HelpHS@"),
    "inventorymgmt": (HUNDREDEIGHTYNINTH_SET, "Anuragsingh198/inventory-mangement@"),
    "lanwash": (HUNDREDEIGHTYNINTH_SET, "LaN1T/LanWash@"),
    "lexara": (HUNDREDEIGHTYNINTH_SET, "mail2vimal11-arch/lexara-api@"),
    "movieapi": (HUNDREDNINETIETH_SET, "Reeltime-Media/movie-api@"),
    "primus": (HUNDREDNINETIETH_SET, "Primus2026/primus-backend@"),
    "muzaback": (HUNDREDNINETIETH_SET, "SN4S/muza-back@"),
    "medlink": (HUNDREDNINETIETH_SET, "ketewodros41-star/MedLink-Ethiopia@"),
    "redelabs": (HUNDREDNINETIETH_SET, "paulburkhardt/Rede_Labs@"),
    "sepiaerp": (HUNDREDNINETIETH_SET, "Ricard228/sepia-erp@"),
    "sensorsapi": (HUNDREDNINETIETH_SET, "NotJustPizza/sensors-rest-api@"),
    "subpilot": (HUNDREDNINETIETH_SET, "ilyassuelen/subpilot-ai@"),
    "zidanbackend": (HUNDREDNINETIETH_SET, "zidanmustafa045-blip/zidan-backend@"),
    "updateplatform": (HUNDREDNINETIETH_SET, "update-itsolutions/update-platform@"),
    "elevatorservice": (HUNDREDNINETYFIRST_SET, "dtsehtik-afk/elevator-service-api@"),
    "feedbacksystem": (HUNDREDNINETYFIRST_SET, "Liwei1020T/feedback_system@"),
    "faceattendance": (HUNDREDNINETYFIRST_SET, "chungnguyenvp/Face-Recognition-Attendance-System@"),
    "becycle": (HUNDREDNINETYFIRST_SET, "RieCo432/becycle-mx@"),
    "lawnrouter": (HUNDREDNINETYFIRST_SET, "CMWolfe922/lawnrouter@"),
    "honestmark": (HUNDREDNINETYFIRST_SET, "Chenuss/honest_mark@"),
    "miniwarehouse": (HUNDREDNINETYFIRST_SET, "qwfm/IS-Mini-Warehouse@"),
    "hostelerp": (HUNDREDNINETYFIRST_SET, "Prateekvish-cloud/hostel-erp@"),
    "lspsewing": (HUNDREDNINETYFIRST_SET, "ShanukaKarunarathne/LSP_Sewing_Machines@"),
    "swimmingportal": (HUNDREDNINETYSECOND_SET, "Skvorcmen/Portal_of_swimming_FastAPI@"),
    "pjtmgr": (HUNDREDNINETYSECOND_SET, "Ivarhem/pjtmgr@"),
    "roomly": (HUNDREDNINETYSECOND_SET, "dvkpatel11/roomly-backend@"),
    "mirai": (HUNDREDNINETYSECOND_SET, "Kensan196948G/MIRAI_Site_Carbon_Navigator@"),
    "xzwl4": (HUNDREDNINETYSECOND_SET, "aliAjax/xzwl-4-701d85f@"),
    "translatorweb": (HUNDREDNINETYSECOND_SET, "AiConcept2025/TranslatorWebServer@"),
    "vibes": (HUNDREDNINETYSECOND_SET, "idevifysolutions/vibes_backend@"),
    "tdsconnector": (HUNDREDNINETYSECOND_SET, "1757892093h/tds-connector-ui-backend@"),
    "tcoffline": (HUNDREDNINETYSECOND_SET, "Keyteer/tcoffline@"),
    "datatracker": (HUNDREDNINETYTHIRD_SET, "emmanuel-leveneur/datatracker@"),
    "erpwms": (HUNDREDNINETYTHIRD_SET, "importAndre/erp_wms_main@"),
    "attendancepc": (HUNDREDNINETYTHIRD_SET, "Caesar0468/attendance-pc@"),
    "engineeringcloud": (HUNDREDNINETYTHIRD_SET, "kuanghaowei/engineering-cloud@"),
    "houserenoai": (HUNDREDNINETYTHIRD_SET, "GarayInvestments/HouseRenoAI@"),
    "invocto": (HUNDREDNINETYTHIRD_SET, "Octolabs-app/invocto@"),
    "healthmarketplace": (HUNDREDNINETYTHIRD_SET, "JERMTECH/HealthMarketplace@"),
    "leadership": (HUNDREDNINETYTHIRD_SET, "ArtechDigitalDev/leader-ship-backend@"),
    "nailsalon": (HUNDREDNINETYFOURTH_SET, "TheAceWithoutSpace/nail-salon-backend@"),
    "primebackend": (HUNDREDNINETYFOURTH_SET, "kuldeep27396/prime-backend@"),
    "ragnar": (HUNDREDNINETYFOURTH_SET, "hreiley001-sketch/ragnar@"),
    "repid": (HUNDREDNINETYFOURTH_SET, "WeeeHung/repid-backend@"),
    "sixbeans": (HUNDREDNINETYFOURTH_SET, "Bmuddler/sixbeans-coffee@"),
    "taxeazy": (HUNDREDNINETYFOURTH_SET, "SunforestX/TaxEazy@"),
    "timesheetpro": (HUNDREDNINETYFOURTH_SET, "subbubana/TimesheetPro@"),
    "sharanga": (HUNDREDNINETYFOURTH_SET, "almlcv/sharanga_backend@"),
    "agriturismo": (HUNDREDNINETYFIFTH_SET, "PietroAntonioNini/Agriturismo_Backend@"),
    "aplgolf": (HUNDREDNINETYFIFTH_SET, "adjaunzemis/apl-golf-league-backend@"),
    "autograder": (HUNDREDNINETYFIFTH_SET, "Foggyforest114514/AutoGrader-B4@"),
    "calendarairlines": (HUNDREDNINETYFIFTH_SET, "DoanVan-arch/calendar_airlines@"),
    "industrace": (HUNDREDNINETYFIFTH_SET, "Industrace/industrace@"),
    "lifecampus": (HUNDREDNINETYFIFTH_SET, "Barela08/Life-campus@"),
    "learnbasics": (HUNDREDNINETYFIFTH_SET, "Angelo-Eyama/LearnBasics@"),
    "krishihrudya": (HUNDREDNINETYFIFTH_SET, "KrishiHrudya26/krishihrudya@"),
    "nexora": (HUNDREDNINETYSIXTH_SET, "Suvassingh/Nexora-health--backend@"),
    "nulo": (HUNDREDNINETYSIXTH_SET, "AkinwandeSlim/NULO-server@"),
    "parkify": (HUNDREDNINETYSIXTH_SET, "eltaweel068/parkify-backend@"),
    "racepilot": (HUNDREDNINETYSIXTH_SET, "GP14BUILD/racepilot-backend@"),
    "truficultura": (HUNDREDNINETYSIXTH_SET, "javigomezedo/truficultura@"),
    "sysloghub": (HUNDREDNINETYSIXTH_SET, "Vayaris/SyslogHub@"),
    "smartassist": (HUNDREDNINETYSIXTH_SET, "smit-tejani/SmartAssist-Campus-Services-Assistant@"),
    "zrozumto": (HUNDREDNINETYSIXTH_SET, "Vortexio320/zrozumto-platforma@"),
    "sklavounos": (HUNDREDNINETYSIXTH_SET, "cfragoulis-design/Sklavounos-HR@"),
    "aivisionfa": (HUNDREDNINETYSEVENTH_SET, "Aliaga23/aivisionfa@"),
    "backappnsf": (HUNDREDNINETYSEVENTH_SET, "GonzaloG28/BackAPPNSF@"),
    "cocoguard": (HUNDREDNINETYSEVENTH_SET, "maynardermita77-lang/cocoguard-backend@"),
    "cyclebe": (HUNDREDNINETYSEVENTH_SET, "RobertOdhiz/cycle-be@"),
    "goretail": (HUNDREDNINETYSEVENTH_SET, "andresenvigado-jpg/Go_Retail_moderno@"),
    "legalai": (HUNDREDNINETYSEVENTH_SET, "Lambo-IITian/LegalAI@"),
    "hcm": (HUNDREDNINETYSEVENTH_SET, "Michael-Links/hcm@"),
    "hrflow": (HUNDREDNINETYSEVENTH_SET, "RagaSandhiya21/hrflow-portal@"),
    "hieploi": (HUNDREDNINETYSEVENTH_SET, "Nhan-Moon-04/HIEPLOI@"),
    "movary": (HUNDREDNINETYEIGHTH_SET, "anaiheer/movary-backend@"),
    "romanticflowers": (HUNDREDNINETYEIGHTH_SET, "12344321abc/romantic-flowers-app@"),
    "openpms": (HUNDREDNINETYEIGHTH_SET, "santex85/openPMS@"),
    "propertech": (HUNDREDNINETYEIGHTH_SET, "Imran-aruwa/PROPERTECH-backend@"),
    "rentora": (HUNDREDNINETYEIGHTH_SET, "Bitcode241/rentoraAI@"),
    "societyman": (HUNDREDNINETYEIGHTH_SET, "avi2avi/SocietyMan@"),
    "swuguard": (HUNDREDNINETYEIGHTH_SET, "doctor11147/swu-guard@"),
    "studydashboard": (HUNDREDNINETYEIGHTH_SET, "AmmarSaleh50/study-dashboard@"),
    "songcraft": (HUNDREDNINETYEIGHTH_SET, "Jumanazarov-Shukrullo/songcraft-backend@"),
    "callsight": (HUNDREDNINETYNINTH_SET, "Fuerza-Leona/callsight-api@"),
    "aiplatform": (HUNDREDNINETYNINTH_SET, "Anastasia-front/ai-platform-backend@"),
    "fasalsaathi": (HUNDREDNINETYNINTH_SET, "anand9752/FasalSaathi@"),
    "agrosense": (HUNDREDNINETYNINTH_SET, "ALI-SHAHMEER/agrosense@"),
    "agriyan": (HUNDREDNINETYNINTH_SET, "byramnarayan/AgriYan@"),
    "greenmango": (HUNDREDNINETYNINTH_SET, "stayHapp/green-mango@"),
    "hmsv2": (HUNDREDNINETYNINTH_SET, "Pxys-io/HMSv2@"),
    "kikicrm": (HUNDREDNINETYNINTH_SET, "Kiki-Chat/kiki2.0CRM@"),
    "lawyertech": (HUNDREDNINETYNINTH_SET, "JSDevelops/lawyer-tech@"),
    "medsync": (TWOHUNDREDTH_SET, "Alexisboop13/med-sync-saas@"),
    "roux": (TWOHUNDREDTH_SET, "Xaque8787/roux@"),
    "mysifa": (TWOHUNDREDTH_SET, "EugeneleconteSIFA/MySifa@"),
    "nextdental": (TWOHUNDREDTH_SET, "mgemoraw/next_dental_api@"),
    "weaver": (TWOHUNDREDTH_SET, "bendon/weaver-v1@"),
    "sportsbooking": (TWOHUNDREDTH_SET, "ezebellino/sports-booking-api@"),
    "zoris": (TWOHUNDREDTH_SET, "zachwood222/Zoris@"),
    "smartinvoice": (TWOHUNDREDTH_SET, "salimxfardeheb/smartInvoice@"),
    "sanez": (TWOHUNDREDTH_SET, "araod14/sanez_visualizer@"),
    "cafebar": (TWOHUNDREDFIRST_SET, "koliadav1/cafebar-server@"),
    "eflotte": (TWOHUNDREDFIRST_SET, "korka-fullstack-camusat/eFlotte-Api@"),
    "gestorcustos": (TWOHUNDREDFIRST_SET, "gmlindustrial/api-gestor-custos@"),
    "cfdishield": (TWOHUNDREDFIRST_SET, "CFDIGuard/cfdi-shield@"),
    "chengjiaoguan": (TWOHUNDREDFIRST_SET, "cj66666/chengjiaoguan@"),
    "goldentriangle": (
        TWOHUNDREDFIRST_SET,
        "2586247032-a11y/Golden-Triangle-Internet-Cafe-Management-System@",
    ),
    "hsrbms": (TWOHUNDREDFIRST_SET, "KingShivesh/hsr-bms@"),
    "impulse": (TWOHUNDREDFIRST_SET, "Impulse-event-app/Impulse-monorepo@"),
    "jeevandoot": (TWOHUNDREDFIRST_SET, "Aanchal1496/JeevanDoot-HackMatrix2026@"),
    "lmsbs23": (TWOHUNDREDFIRST_SET, "tanzil-def/LMSBS23-Fastapi@"),
    "printingauto": (TWOHUNDREDSECOND_SET, "alsalahee1/printingautusystem@"),
    "rendimiento": (TWOHUNDREDSECOND_SET, "gasinto/rendimiento-saas@"),
    "orenit": (TWOHUNDREDSECOND_SET, "Rawr-squad/ORENIT-2026-backend@"),
    "ourastudio": (TWOHUNDREDSECOND_SET, "omdika/oura-studio-backend@"),
    "webback": (TWOHUNDREDSECOND_SET, "AsakiIchiwa/Web_Back@"),
    "vehicleworkshop": (TWOHUNDREDSECOND_SET, "Abhishekkl14/vehicle-service-workshop-management@"),
    "zenora": (TWOHUNDREDSECOND_SET, "AntosujinJ/zenora@"),
    "seatmanagement": (TWOHUNDREDSECOND_SET, "Kunalkharat2004/Seat-management-backend@"),
    "scribedesk": (TWOHUNDREDSECOND_SET, "AIOverflow-in/ScribeDesk-VibeCoded@"),
    "incidentfianar": (TWOHUNDREDTHIRD_SET, "Faniry27584/BACKEND_INCIDENT_FIANARANTSOA@"),
    "fypbackend": (TWOHUNDREDTHIRD_SET, "Judamrtn/fyp-backend@"),
    "ecombe": (TWOHUNDREDTHIRD_SET, "Harshit-Soni78/Ecom-BE@"),
    "brainscollege": (TWOHUNDREDTHIRD_SET, "ahmedali3421768-gif/brains-college-dashboard@"),
    "laundryapp": (TWOHUNDREDTHIRD_SET, "Byte40/laundryapp@"),
    "hallbooking": (TWOHUNDREDTHIRD_SET, "FerretyCobra/hall-booking@"),
    "ligjerata": (TWOHUNDREDTHIRD_SET, "blearthysenii/Ligjerata-API@"),
    "limslite": (TWOHUNDREDTHIRD_SET, "jtuenner/lims_lite@"),
    "hmubackend": (TWOHUNDREDTHIRD_SET, "The-United-Nation-of-Monkeys/hmu-backend@"),
    "cutflow": (TWOHUNDREDFOURTH_SET, "Emin-35/MVP-CutFlow@"),
    "mediconsulta": (TWOHUNDREDFOURTH_SET, "MauDiazC/medi_consulta@"),
    "piscesshop": (TWOHUNDREDFOURTH_SET, "tranhdq97/pisces-shop@"),
    "rootsbackend": (TWOHUNDREDFOURTH_SET, "Bill-kalya/roots_backend@"),
    "stpmaintenance": (TWOHUNDREDFOURTH_SET, "skyhell/stp-maintenance-log@"),
    "sonoapi": (TWOHUNDREDFOURTH_SET, "appsono/sono-api@"),
    "sgcnsgc": (TWOHUNDREDFOURTH_SET, "jdragonx/sgcn-sgc-prototipo@"),
    "sottobudget": (TWOHUNDREDFOURTH_SET, "Soliam006/Sotto-Budget-App-Backend@"),
    "swdserver": (TWOHUNDREDFOURTH_SET, "Moses-George/swd-server@"),
    "ecommercebackend": (TWOHUNDREDFIFTH_SET, "justeast/E_Commerce_Backend@"),
    "backdojoflow": (TWOHUNDREDFIFTH_SET, "IDS-HUGO/BACK-DOJO-FLOW@"),
    "codelearningplat": (TWOHUNDREDFIFTH_SET, "19288-AD278-AmmadDin/code-learning-platform@"),
    "demoday": (TWOHUNDREDFIFTH_SET, "Aurelien292/Demo-Day@"),
    "freefirebackend": (TWOHUNDREDFIFTH_SET, "AyushSingh7404/Freefire_Backend@"),
    "guildroster": (TWOHUNDREDFIFTH_SET, "limsammy/guildroster@"),
    "guitacoach": (TWOHUNDREDFIFTH_SET, "herniberelejis-lgtm/Guita-Coach-@"),
    "kairngpx": (TWOHUNDREDFIFTH_SET, "Reubrecht/KairnGpx@"),
    "khaneducation": (TWOHUNDREDFIFTH_SET, "ikram98ai/khaneducation@"),
    "ledgeflow": (TWOHUNDREDFIFTH_SET, "NiveditaBhagat/LedgeFlow@"),
    "mvtradersbackend": (TWOHUNDREDSIXTH_SET, "jayanth15/MVTraders.backend.app@"),
    "nhsinventorymana": (TWOHUNDREDSIXTH_SET, "gunju/nhs_inventory_management@"),
    "nordlayerbackend": (TWOHUNDREDSIXTH_SET, "ksemdm-art/nordlayer-backend@"),
    "pactcomplianceen": (TWOHUNDREDSIXTH_SET, "andreahall12/PACT-compliance-engine@"),
    "primepizzabacken": (TWOHUNDREDSIXTH_SET, "shahzainadnan888-sys/Prime_Pizza_Backend@"),
    "sistemacodigoqrv": (TWOHUNDREDSIXTH_SET, "Fernando14235/sistema_codigo_qr_v2@"),
    "sparkp2p": (TWOHUNDREDSIXTH_SET, "Bazenga254/SparkP2P@"),
    "tangbuyprocureme": (TWOHUNDREDSIXTH_SET, "4577368-cloud/tangbuy-procurement-api@"),
    "vtubackend": (TWOHUNDREDSIXTH_SET, "mustaphamelemustapha/vtu-backend@"),
    "bookwormholeapi": (TWOHUNDREDSEVENTH_SET, "fedorkovolodymyr/bookworm-hole-api@"),
    "commercecontrol": (TWOHUNDREDSEVENTH_SET, "CelmarPA/CommerceControl@"),
    "controlecozinha": (TWOHUNDREDSEVENTH_SET, "devlabiak/controle_cozinha@"),
    "edupulsebackend": (TWOHUNDREDSEVENTH_SET, "Bagus2510/edupulse-backend@"),
    "hafitness": (TWOHUNDREDSEVENTH_SET, "mustafa-ezzi/HA-fitness@"),
    "herfbook": (TWOHUNDREDSEVENTH_SET, "herfbook/herfbook@"),
    "hotelmanagements": (
        TWOHUNDREDSEVENTH_SET,
        "korusites/Hotel-Management-System-Prototype--landing@",
    ),
    "khanooskds": (TWOHUNDREDSEVENTH_SET, "keysofpassion103-lab/Khanoos-KDS@"),
    "lotushacks": (TWOHUNDREDSEVENTH_SET, "KhoiBui16/LotusHacks@"),
    "massar": (TWOHUNDREDEIGHTH_SET, "Anas0743/Massar@"),
    "mediflowlite": (TWOHUNDREDEIGHTH_SET, "MfFischer/Mediflow_lite@"),
    "myatelierpro": (TWOHUNDREDEIGHTH_SET, "Mohamedhabib5/MyAtelier_pro@"),
    "projectexpo": (TWOHUNDREDEIGHTH_SET, "MuthuvelMukesh/project-expo@"),
    "savebite": (TWOHUNDREDEIGHTH_SET, "PrimaSentana/savebite@"),
    "smashbox": (TWOHUNDREDEIGHTH_SET, "jordanblum1991/smashbox@"),
    "snapper": (TWOHUNDREDEIGHTH_SET, "jmckinley/snapper@"),
    "treadingsoftware": (TWOHUNDREDEIGHTH_SET, "ghosh-vishnu/Treading_Software@"),
    "backendserviceeh": (TWOHUNDREDNINTH_SET, "mateenqamar1122/Backend_serviceehub@"),
    "brcomerp": (TWOHUNDREDNINTH_SET, "edubborsatto/BRCOM-ERP@"),
    "corpofitprocentr": (TWOHUNDREDNINTH_SET, "dtoctaquiza2003/corpofitpro-centro@"),
    "dndcurrencymanag": (TWOHUNDREDNINTH_SET, "ivandda/dnd-currency-manager@"),
    "doan2": (TWOHUNDREDNINTH_SET, "Buithienson/Do_An_2@"),
    "glucosense": (TWOHUNDREDNINTH_SET, "GiftMothusi/glucosense@"),
    "healilleo": (TWOHUNDREDNINTH_SET, "Ishita-coder27/healilleo@"),
    "islebethere": (TWOHUNDREDNINTH_SET, "ALDR-Solutions/isle-be-there@"),
    "leesroadassist": (TWOHUNDREDNINTH_SET, "DerrickMga/lees-road-assist@"),
    "lotustur": (TWOHUNDREDNINTH_SET, "ManRu140/lotus-tur@"),
    "mamcreatorcommer": (TWOHUNDREDTENTH_SET, "EHR-MAM/MAM-Creator-Commerce@"),
    "praximed": (TWOHUNDREDTENTH_SET, "Ali-40/praximed@"),
    "payrollos": (TWOHUNDREDTENTH_SET, "kk12345git/payroll-os@"),
    "proj309oceanariu": (TWOHUNDREDTENTH_SET, "CloudHustlersSAIT/PROJ309-Oceanarium@"),
    "sahbukti": (TWOHUNDREDTENTH_SET, "arifaqyl/sah-bukti@"),
    "sanad": (TWOHUNDREDTENTH_SET, "DiggAiHH/Sanad@"),
    "teachee": (TWOHUNDREDTENTH_SET, "fauzanalhfzh/Teachee@"),
    "threatshield": (TWOHUNDREDTENTH_SET, "Thenmozhi241/threatshield@"),
    "trailsocialbacke": (TWOHUNDREDTENTH_SET, "MalaevIA/TrailSocialBackend@"),
    "auragdprbackend": (TWOHUNDREDELEVENTH_SET, "MathiasThomasson/aura-gdpr-backend@"),
    "cheatah": (TWOHUNDREDELEVENTH_SET, "DustinYates/cheatah@"),
    "cognisimaibacken": (TWOHUNDREDELEVENTH_SET, "hammadahhmed06/CogniSimAI_Backend@"),
    "kazashopsaas": (TWOHUNDREDELEVENTH_SET, "chinaeffrec/kaza_shop_saas@"),
    "multivendorsaase": (
        TWOHUNDREDELEVENTH_SET,
        "Vivekvampyr/multi-vendor-SaaS-Ecommerce-platform@",
    ),
    "printerinventory": (TWOHUNDREDELEVENTH_SET, "schco039/Printer-Inventory@"),
    "servistakip": (TWOHUNDREDELEVENTH_SET, "asimisik9/servis_takip@"),
    "truckzonetogo": (TWOHUNDREDELEVENTH_SET, "DieuMerci0101/Truck_Zone_Togo@"),
    "callboxai": (TWOHUNDREDTWELFTH_SET, "2CASH-enterprise/CallBoxAI@"),
    "cmrhospitalitysu": (TWOHUNDREDTWELFTH_SET, "CMR-Labs/cmr-hospitality-suite@"),
    "dentalaichatbot": (TWOHUNDREDTWELFTH_SET, "Hamadullah09/Dental_AI_Chatbot@"),
    "eduresearchproje": (TWOHUNDREDTWELFTH_SET, "ClinIQSoftware/eduresearch-project-manager@"),
    "pinpoint311": (TWOHUNDREDTWELFTH_SET, "WestWindsorForward/Pinpoint-311@"),
    "restauranthotelp": (TWOHUNDREDTWELFTH_SET, "kenmark103/restaurant-hotel-pos@"),
    "schoolsaas": (TWOHUNDREDTWELFTH_SET, "samerooc/school-saas@"),
    "timeandattendanc": (TWOHUNDREDTWELFTH_SET, "250mon/time-and-attendance@"),
    "aivaro": (TWOHUNDREDTHIRTEENTH_SET, "Abelo9996/Aivaro@"),
    "amebo": (TWOHUNDREDTHIRTEENTH_SET, "Cooperation-org/amebo@"),
    "annexops": (TWOHUNDREDTHIRTEENTH_SET, "aliuyar1234/AnnexOps@"),
    "discoverrwanda": (TWOHUNDREDTHIRTEENTH_SET, "1kirezi/DiscoverRwanda@"),
    "kountryeye": (TWOHUNDREDTHIRTEENTH_SET, "freddiequinson/KountryEye@"),
    "labmanagementsys": (TWOHUNDREDTHIRTEENTH_SET, "PatrickLiYunpeng/lab-management-system@"),
    "kloterbymeme": (TWOHUNDREDTHIRTEENTH_SET, "halimmaulana-pixel/KloterbyMeme@"),
    "knowledgeplatfor": (TWOHUNDREDTHIRTEENTH_SET, "jackchen1941/knowledge_platform@"),
    "linuxuseraccessu": (TWOHUNDREDTHIRTEENTH_SET, "KarthikSundaram89/Linux-user-access-ui@"),
    "propertymanageme": (TWOHUNDREDFOURTEENTH_SET, "Stern-5565/property-management-system@"),
    "pcmconnectmono": (TWOHUNDREDFOURTEENTH_SET, "keptac/pcm-connect-mono@"),
    "modaflow": (TWOHUNDREDFOURTEENTH_SET, "mprphone/moda-flow@"),
    "retailposmanagem": (TWOHUNDREDFOURTEENTH_SET, "PriyanshuKanyal37/retail-pos-management@"),
    "socialworkapi": (TWOHUNDREDFOURTEENTH_SET, "NyquistJnr/social-work-api@"),
    "talentbaseservic": (TWOHUNDREDFOURTEENTH_SET, "Talent-Base/Talent-Base-Service@"),
    "travelwebapi": (TWOHUNDREDFOURTEENTH_SET, "Trunks820/travel-web-api@"),
    "yozuv": (TWOHUNDREDFOURTEENTH_SET, "Muhammadali22072011/yozuv@"),
    "barmanager": (TWOHUNDREDFIFTEENTH_SET, "HomerVoyager/bar-manager@"),
    "clinicflow": (TWOHUNDREDFIFTEENTH_SET, "HADrawer/ClinicFlow@"),
    "crisisawarenessb": (
        TWOHUNDREDFIFTEENTH_SET,
        "GenialSmileAdam/Crisis_Awareness_Booking_System@",
    ),
    "easyserve": (TWOHUNDREDFIFTEENTH_SET, "Olluwatosin/Easyserve@"),
    "lexlogic": (TWOHUNDREDFIFTEENTH_SET, "NandanSV2005/LexLogic@"),
    "imkonlms": (TWOHUNDREDFIFTEENTH_SET, "apayziev/ImkonLMS@"),
    "homecareapp": (TWOHUNDREDFIFTEENTH_SET, "fumzy123/homecare-app@"),
    "garageos": (TWOHUNDREDFIFTEENTH_SET, "ageraustine/garageos@"),
    "pickerscheduler": (TWOHUNDREDSIXTEENTH_SET, "malamapl09/Picker-Scheduler@"),
    "plantao360": (TWOHUNDREDSIXTEENTH_SET, "brodbeck-michel/plantao360@"),
    "premierhotel": (TWOHUNDREDSIXTEENTH_SET, "kevrith/Premier-Hotel@"),
    "resman": (TWOHUNDREDSIXTEENTH_SET, "apexvoidd/resman@"),
    "sentradesk": (TWOHUNDREDSIXTEENTH_SET, "ayushsingh257/SentraDesk@"),
    "servipet": (TWOHUNDREDSIXTEENTH_SET, "Sandramar-mdq/servipet@"),
    "smashbook": (TWOHUNDREDSIXTEENTH_SET, "kendavis23/SmashBook@"),
    "zenovaschoolerp": (TWOHUNDREDSIXTEENTH_SET, "eskinderbirhanuu/zenova-school-erp@"),
    "arogyabandhu": (TWOHUNDREDSEVENTEENTH_SET, "POTATO-VE1/Arogya-Bandhu@"),
    "drinkit": (TWOHUNDREDSEVENTEENTH_SET, "MalikProtopopov/drinkit@"),
    "egoke2026": (TWOHUNDREDSEVENTEENTH_SET, "P-cy/EG-OKE-2026@"),
    "fitflowpro": (TWOHUNDREDSEVENTEENTH_SET, "akshith-07/fitflow-pro@"),
    "hostingguard": (TWOHUNDREDSEVENTEENTH_SET, "rubenlux/hosting_guard@"),
    "hrmanagmentsyste": (TWOHUNDREDSEVENTEENTH_SET, "NOMI-214/HR-Managment-System@"),
    "invisithreat": (TWOHUNDREDSEVENTEENTH_SET, "nouhaa3/invisithreat@"),
    "juliencoiffuread": (TWOHUNDREDSEVENTEENTH_SET, "Jbsky77/Julien-coiffure-a-domicile-@"),
    "medicsync": (TWOHUNDREDEIGHTEENTH_SET, "CosmaAdriana/MedicSync@"),
    "orderopsfullstac": (TWOHUNDREDEIGHTEENTH_SET, "contactevin2u/orderops-fullstack@"),
    "pharmatrackmain": (TWOHUNDREDEIGHTEENTH_SET, "federicomellino-a11y/PharmaTrack-Main@"),
    "powderroster": (TWOHUNDREDEIGHTEENTH_SET, "alreadyded1/Powder-Roster@"),
    "propairty": (TWOHUNDREDEIGHTEENTH_SET, "Genaixa/propairty@"),
    "schoolai": (TWOHUNDREDEIGHTEENTH_SET, "bpsaikoushik-jpg/SchoolAI@"),
    "sunnycresterp": (TWOHUNDREDEIGHTEENTH_SET, "j-atkinson40/SunnycrestERP@"),
    "tanishkhrms": (TWOHUNDREDEIGHTEENTH_SET, "Tanishk2001/TanishkHRMS@"),
    "tuwiaqtechaccoun": (TWOHUNDREDEIGHTEENTH_SET, "mohd2010/tuwiaqtech-accounting@"),
    "attendancepayrol": (TWOHUNDREDNINETEENTH_SET, "cyberrule92/attendance-payroll@"),
    "auraeems": (TWOHUNDREDNINETEENTH_SET, "AuraeSoftware/Aurae_EMS@"),
    "baangs": (TWOHUNDREDNINETEENTH_SET, "baangs6/baangs@"),
    "credkitcrm": (TWOHUNDREDNINETEENTH_SET, "Fchery87/credkit-crm@"),
    "gamingcafebillin": (TWOHUNDREDNINETEENTH_SET, "SilentReed/gaming-cafe-billing@"),
    "genesisglobalhub": (TWOHUNDREDNINETEENTH_SET, "AyoolaDare/Genesis-Global-Hub@"),
    "hrmswhitelabel": (TWOHUNDREDNINETEENTH_SET, "akshayprodigy/HRMS_White_Label@"),
    "internalhr": (TWOHUNDREDNINETEENTH_SET, "fendi-hifeed/internal-hr@"),
    "messworkspace": (TWOHUNDREDTWENTIETH_SET, "IsSabuhi/Mess_workspace@"),
    "officemanager": (TWOHUNDREDTWENTIETH_SET, "ms-arronhoffer/office-manager@"),
    "pkuaitechdayonli": (TWOHUNDREDTWENTIETH_SET, "PhotonYan/PKU-AI-TechDay-Online-Platform@"),
    "proveniqproperti": (TWOHUNDREDTWENTIETH_SET, "terryholliday/proveniq-properties@"),
    "serviciess": (TWOHUNDREDTWENTIETH_SET, "yashc2668-gif/serviciess@"),
    "trucar": (TWOHUNDREDTWENTIETH_SET, "Vitorhlem/TruCar@"),
    "winvinayacrm": (TWOHUNDREDTWENTIETH_SET, "winvinayainfosystemsindia/winvinaya-crm@"),
    "workonboarding": (TWOHUNDREDTWENTIETH_SET, "viktor-dimitrovski/work-onboarding@"),
    "alcurro": (TWOHUNDREDTWENTYFIRST_SET, "bnt4041/alcurro@"),
    "campusphere": (TWOHUNDREDTWENTYFIRST_SET, "balasaravanank/CampuSphere@"),
    "clario": (TWOHUNDREDTWENTYFIRST_SET, "AHILL-0121/Clario@"),
    "cmtoperations": (TWOHUNDREDTWENTYFIRST_SET, "cmtradingapp/cmtoperations@"),
    "grcdemo": (TWOHUNDREDTWENTYFIRST_SET, "CosmicxBeagle/grc-demo@"),
    "hrms1": (TWOHUNDREDTWENTYFIRST_SET, "ITHyd/HRMS-1@"),
    "iacrm": (TWOHUNDREDTWENTYFIRST_SET, "Slyven-test/ia-crm@"),
    "lighthousegrc": (TWOHUNDREDTWENTYFIRST_SET, "SecurityNomad/lighthouse-grc@"),
    "minework": (TWOHUNDREDTWENTYSECOND_SET, "Gowshika-RS/mine_work@"),
    "miq2": (TWOHUNDREDTWENTYSECOND_SET, "AlessandroVOliveira/Miq2@"),
    "penaxishrmapp": (TWOHUNDREDTWENTYSECOND_SET, "Rajwara/penaxis-hrm-app@"),
    "portalplanejamen": (TWOHUNDREDTWENTYSECOND_SET, "Tafarell/portalplanejamento@"),
    "presensiv2": (TWOHUNDREDTWENTYSECOND_SET, "Javanian/presensiv2@"),
    "tinsurai": (TWOHUNDREDTWENTYSECOND_SET, "goneta/Tinsur-AI@"),
    "umebplatform": (TWOHUNDREDTWENTYSECOND_SET, "dondreanderson/umeb-platform@"),
    "verifai": (TWOHUNDREDTWENTYSECOND_SET, "sudhir-a11y/verifAI@"),
    "wesenseup": (TWOHUNDREDTWENTYSECOND_SET, "sinhakgaurav/wesenseu_p@"),
    "aprxmsys": (TWOHUNDREDTWENTYTHIRD_SET, "erickcardosoitp/aprxm_sys@"),
    "automobileindust": (TWOHUNDREDTWENTYTHIRD_SET, "Divyasreegandla/automobile-industry@"),
    "campusledger": (TWOHUNDREDTWENTYTHIRD_SET, "A-SUDHARSANAM/CampusLedger@"),
    "dormtelapp": (TWOHUNDREDTWENTYTHIRD_SET, "aicognation/dormtel-app@"),
    "hediscaregapplat": (TWOHUNDREDTWENTYTHIRD_SET, "jmabrahams1966/hedis-care-gap-platform@"),
    "hlbmes": (TWOHUNDREDTWENTYTHIRD_SET, "GiangdtHLB/HLBMES@"),
    "hmsbe": (TWOHUNDREDTWENTYTHIRD_SET, "jothilingamizonetech/HMS-BE@"),
    "hospitalehr": (TWOHUNDREDTWENTYTHIRD_SET, "jerenyaks/hospital-ehr@"),
    "manikrishnaencla": (TWOHUNDREDTWENTYFOURTH_SET, "rajmanda/manikrishna-enclave@"),
    "nexorahr": (TWOHUNDREDTWENTYFOURTH_SET, "Mahalaxmi1702/NexoraHR@"),
    "patientdatamanag": (
        TWOHUNDREDTWENTYFOURTH_SET,
        "WYMM433A/Patient_Data_Management_System_2026@",
    ),
    "presenzaai": (TWOHUNDREDTWENTYFOURTH_SET, "bytealche/Presenza-AI@"),
    "qureclinicmanage": (
        TWOHUNDREDTWENTYFOURTH_SET,
        "harshit-tew/Qure-Clinic-Management-System@",
    ),
    "societyhub": (TWOHUNDREDTWENTYFOURTH_SET, "sohamwagale/Society-Hub@"),
    "tesisplatform": (TWOHUNDREDTWENTYFOURTH_SET, "yonetimtool/tesis-platform@"),
    "universityerp": (TWOHUNDREDTWENTYFOURTH_SET, "sanjayfuloria/university-erp@"),
    "volleyplatform": (TWOHUNDREDTWENTYFOURTH_SET, "toli18/volley-platform@"),
    "amssupportdesk": (TWOHUNDREDTWENTYFIFTH_SET, "FinPark/ams.SupportDesk@"),
    "baytakfoundation": (
        TWOHUNDREDTWENTYFIFTH_SET,
        "AbdelwahabAdam/Baytak_Foundation_Management@",
    ),
    "deciesplatform": (TWOHUNDREDTWENTYFIFTH_SET, "diversifica/decies-platform@"),
    "eliteparentschoo": (TWOHUNDREDTWENTYFIFTH_SET, "Benitgilbert/elite-parent-school-mis@"),
    "hrbudgetplanner": (TWOHUNDREDTWENTYFIFTH_SET, "idiogo/hr-budget-planner@"),
    "insurancemanagem": (TWOHUNDREDTWENTYFIFTH_SET, "Ayusht20/insurance-management@"),
    "internalopsconso": (TWOHUNDREDTWENTYFIFTH_SET, "JothiRamaswamy/internal-ops-console@"),
    "landchain": (TWOHUNDREDTWENTYFIFTH_SET, "Romaric250/landchain@"),
    "lexiconnect": (
        TWOHUNDREDTWENTYFIFTH_SET,
        "S-W-Development-Group-Project-UOG-4-7/LexiConnect@",
    ),
    "morix": (TWOHUNDREDTWENTYSIXTH_SET, "Bishr-6/Morix@"),
    "plannerv2": (TWOHUNDREDTWENTYSIXTH_SET, "mwieclawek/PlannerV2@"),
    "poodle": (TWOHUNDREDTWENTYSIXTH_SET, "delesray/poodle@"),
    "rmsfyp": (TWOHUNDREDTWENTYSIXTH_SET, "Khalidkhan69/RMS-FYP@"),
    "scherp": (TWOHUNDREDTWENTYSIXTH_SET, "chanpurohit63-create/scherp@"),
    "sisapp2": (TWOHUNDREDTWENTYSIXTH_SET, "Skppiy/sis_app_2@"),
    "springofknowledg": (
        TWOHUNDREDTWENTYSIXTH_SET,
        "MohammedReshid1/spring-of-knowledge-hub@",
    ),
    "wandor": (TWOHUNDREDTWENTYSIXTH_SET, "saptarshiroy2007-sketch/Wandor@"),
    "abplatform": (TWOHUNDREDTWENTYSEVENTH_SET, "ChayannFamali/AB_Platform@"),
    "dftproject": (TWOHUNDREDTWENTYSEVENTH_SET, "callopiumcreme/dft-project@"),
    "distritoview": (TWOHUNDREDTWENTYSEVENTH_SET, "BrenoOsvaldoFunicheli/distrito-view@"),
    "eventcraft1": (TWOHUNDREDTWENTYSEVENTH_SET, "Anika-c15/EventCraft1@"),
    "gbtourismfyp": (TWOHUNDREDTWENTYSEVENTH_SET, "MaaziAli/gb-tourism-fyp@"),
    "holysheet": (TWOHUNDREDTWENTYSEVENTH_SET, "kimhongzhang323/HolySheet@"),
    "lbcftfpnotaire": (TWOHUNDREDTWENTYSEVENTH_SET, "HBeugr/lbc_ft_fp_notaire@"),
    "lexcore": (TWOHUNDREDTWENTYSEVENTH_SET, "gonzalezmarcosdamian/lexcore@"),
    "mindforge": (TWOHUNDREDTWENTYEIGHTH_SET, "mindforgeguru/mindforge@"),
    "ncperformancedas": (
        TWOHUNDREDTWENTYEIGHTH_SET,
        "Ogbunugafor-Philip/NC-PERFORMANCE-DASHBOARD@",
    ),
    "orkrest": (TWOHUNDREDTWENTYEIGHTH_SET, "systemorkestrix-pixel/ORK-rest@"),
    "restaurantcms": (TWOHUNDREDTWENTYEIGHTH_SET, "Bima0257/restaurant-cms@"),
    "saasoquv": (TWOHUNDREDTWENTYEIGHTH_SET, "7jjhmwjgwh-eng/saasoquv@"),
    "sunriseschoolman": (TWOHUNDREDTWENTYEIGHTH_SET, "javedansari81/sunrise-school-management@"),
    "turnerobit": (TWOHUNDREDTWENTYEIGHTH_SET, "buttiepedro/turnerobit@"),
    "ukrequests": (TWOHUNDREDTWENTYEIGHTH_SET, "maximumhate/uk-requests@"),
    "wrapiq": (TWOHUNDREDTWENTYEIGHTH_SET, "brewinvaz/wrap-iq@"),
    "autonogrow": (TWOHUNDREDTWENTYNINTH_SET, "autonogrow/autonogrow@"),
    "busagentub": (TWOHUNDREDTWENTYNINTH_SET, "asifulshiam/bus_agentub@"),
    "campusflow": (TWOHUNDREDTWENTYNINTH_SET, "emmanuelmj/campus-flow@"),
    "edenscale": (TWOHUNDREDTWENTYNINTH_SET, "fordnox/edenscale@"),
    "forkfinder": (TWOHUNDREDTWENTYNINTH_SET, "danwaseem/forkfinder@"),
    "goalsync": (TWOHUNDREDTWENTYNINTH_SET, "ananthakr1shnan/GoalSync@"),
    "gustoposrestaura": (
        TWOHUNDREDTWENTYNINTH_SET,
        "ahad98909/Gusto-POS-Restaurants-Management-System@",
    ),
    "homepost": (TWOHUNDREDTWENTYNINTH_SET, "Arsa-1109/homepost@"),
    "justeat": (TWOHUNDREDTWENTYNINTH_SET, "honey16/justeat@"),
    "londonohiolionsc": (
        TWOHUNDREDTWENTYNINTH_SET,
        "michaelofdavenport/london-ohio-lions-club-app@",
    ),
    "mahidolforum": (TWOHUNDREDTHIRTIETH_SET, "longanisha/Mahidol-Forum@"),
    "medcontrolsaas": (TWOHUNDREDTHIRTIETH_SET, "KevinPorras99/MedControl-SaaS@"),
    "medivault": (TWOHUNDREDTHIRTIETH_SET, "mrmicaiah/medi-vault@"),
    "routeguard": (TWOHUNDREDTHIRTIETH_SET, "mujju-212/route-guard@"),
    "sistemadefichame": (TWOHUNDREDTHIRTIETH_SET, "leefer10/Sistema-de-ficha-medica@"),
    "swisspiscineapp": (TWOHUNDREDTHIRTIETH_SET, "geoffreygenevievepro-jpg/swiss-piscine-app@"),
    "tecles": (TWOHUNDREDTHIRTIETH_SET, "mrxipcat/tecles@"),
    "vacationplanner": (TWOHUNDREDTHIRTIETH_SET, "grymme/vacation_planner@"),
    "zenail": (TWOHUNDREDTHIRTIETH_SET, "lirkangel/zenail@"),
    "discounthub": (TWOHUNDREDTHIRTYFIRST_SET, "discounthub-app/discounthub@"),
    "doctorpracticema": (
        TWOHUNDREDTHIRTYFIRST_SET,
        "anish-2508/doctor-practice-management-system@",
    ),
    "educonnecttestma": (TWOHUNDREDTHIRTYFIRST_SET, "agamswaroop619/educonnect-test-main@"),
    "finallms": (TWOHUNDREDTHIRTYFIRST_SET, "alphanexis07-max/finallms@"),
    "footballacademym": (
        TWOHUNDREDTHIRTYFIRST_SET,
        "Hashir-Dev21/football-academy-management-system@",
    ),
    "healthmubarak": (TWOHUNDREDTHIRTYFIRST_SET, "programmer-s101/healthmubarak@"),
    "hospitman": (TWOHUNDREDTHIRTYFIRST_SET, "ghazisellami-ux/hospitman@"),
    "kavanasteelworks": (TWOHUNDREDTHIRTYFIRST_SET, "kavanasystemsinfo-ui/kavana-steelworks@"),
    "leituras": (TWOHUNDREDTHIRTYFIRST_SET, "cristhian-sancore/leituras@"),
    "limeinbound": (TWOHUNDREDTHIRTYFIRST_SET, "Conquer-Nations/Lime_Inbound@"),
    "marketplatform": (TWOHUNDREDTHIRTYSECOND_SET, "ZHEZHEBOY/market-platform@"),
    "mmpoultry": (TWOHUNDREDTHIRTYSECOND_SET, "durozen-technologies/MM_Poultry@"),
    "nhom63tmdtbacken": (TWOHUNDREDTHIRTYSECOND_SET, "nmdung3114/Nhom6-3-TMDT-Backend@"),
    "rafikifrontend": (TWOHUNDREDTHIRTYSECOND_SET, "shuruti-ke/rafiki-frontend@"),
    "taxip": (TWOHUNDREDTHIRTYSECOND_SET, "megarcia34/TaxIP@"),
    "uberbasi": (TWOHUNDREDTHIRTYSECOND_SET, "ghost237-sys/UberBasi@"),
    "verksted": (TWOHUNDREDTHIRTYSECOND_SET, "AdvaniaPOS/verksted@"),
    "xpressportal": (TWOHUNDREDTHIRTYSECOND_SET, "techxpressfinance/xpress-portal@"),
    "youfeed": (TWOHUNDREDTHIRTYSECOND_SET, "continif/youfeed@"),
    "aerofinder": (TWOHUNDREDTHIRTYTHIRD_SET, "AlejandroIriarte/AEROFINDER@"),
    "ajodav0": (TWOHUNDREDTHIRTYTHIRD_SET, "DannylSyph3r/ajoda-v0@"),
    "corinthiansapp": (TWOHUNDREDTHIRTYTHIRD_SET, "Guilhermesilvaprado/corinthiansapp@"),
    "eventmanagerserv": (TWOHUNDREDTHIRTYTHIRD_SET, "BlitzYp/event-manager-service@"),
    "getground": (TWOHUNDREDTHIRTYTHIRD_SET, "aanspiremedia/getground@"),
    "health101": (TWOHUNDREDTHIRTYTHIRD_SET, "danielemmzy/health101@"),
    "hifzai": (TWOHUNDREDTHIRTYTHIRD_SET, "Mariyah52/hifz-AI@"),
    "jackpotsworldtou": (
        TWOHUNDREDTHIRTYTHIRD_SET,
        "jackpotsworldtourstravels/JackPotsworldtoursandtravels@",
    ),
    "kindredkidscompa": (TWOHUNDREDTHIRTYTHIRD_SET, "AdomBoateng/kindred-kids-compass@"),
    "medilabpro": (TWOHUNDREDTHIRTYFOURTH_SET, "Vijayroyal358/medilab-pro@"),
    "nesomoduler": (TWOHUNDREDTHIRTYFOURTH_SET, "AquiA27/neso-moduler@"),
    "opsra": (TWOHUNDREDTHIRTYFOURTH_SET, "Trustrob1/opsra@"),
    "placementplatfor": (TWOHUNDREDTHIRTYFOURTH_SET, "Bshashank123/placement-platform@"),
    "seapedia": (TWOHUNDREDTHIRTYFOURTH_SET, "dzakyahnaf/SEAPEDIA@"),
    "servicemonkserp": (TWOHUNDREDTHIRTYFOURTH_SET, "cleverminds-edu/servicemonks-erp@"),
    "smartshiftmain": (TWOHUNDREDTHIRTYFOURTH_SET, "Sunnatbek077/SmartShift-main@"),
    "spagapp": (TWOHUNDREDTHIRTYFOURTH_SET, "Anbarasanraghu/SPAG_app@"),
    "synopsisevaldevo": (TWOHUNDREDTHIRTYFOURTH_SET, "Roshani-Udupa/SynopsisEval_DevOps@"),
    "agrodesk": (TWOHUNDREDTHIRTYFIFTH_SET, "kubarevde/agrodesk@"),
    "aquawash": (TWOHUNDREDTHIRTYFIFTH_SET, "Sebsa03/aquawash@"),
    "clinicsystem": (TWOHUNDREDTHIRTYFIFTH_SET, "I3mk132/ClinicSystem@"),
    "cognira": (TWOHUNDREDTHIRTYFIFTH_SET, "biulino/cognira@"),
    "hrfeedbacksystem": (TWOHUNDREDTHIRTYFIFTH_SET, "Wakrok-1/hrfeedbacksystem@"),
    "kironworkos": (TWOHUNDREDTHIRTYFIFTH_SET, "PrasanthiPayyala/kiron-work-os@"),
    "lbtos": (TWOHUNDREDTHIRTYFIFTH_SET, "AeraAnalytics/lbt-os@"),
    "logisticsapp": (TWOHUNDREDTHIRTYFIFTH_SET, "AngkorTH/logistics-app@"),
    "maiabms": (TWOHUNDREDTHIRTYSIXTH_SET, "ikhwanmatrazak/maia-bms@"),
    "mvpv2": (TWOHUNDREDTHIRTYSIXTH_SET, "Kresco-App/mvp-v2@"),
    "naturalhackthon": (TWOHUNDREDTHIRTYSIXTH_SET, "DHILIP-S-E/natural-hackthon@"),
    "railway12606": (TWOHUNDREDTHIRTYSIXTH_SET, "Takagi-v/railway12606@"),
    "salescrm": (TWOHUNDREDTHIRTYSIXTH_SET, "nagarajn08/Sales-CRM@"),
    "smartcampusengag": (TWOHUNDREDTHIRTYSIXTH_SET, "ahamednazeer/SMART-CAMPUS-ENGAGEMENT@"),
    "smokestackerp": (TWOHUNDREDTHIRTYSIXTH_SET, "qadoumihassan95-cyber/smokestack-erp@"),
    "talentradarbacke": (TWOHUNDREDTHIRTYSIXTH_SET, "Vanisus/TalentRadar.backend@"),
    "alliedconnect": (TWOHUNDREDTHIRTYSEVENTH_SET, "mico1117153817/allied-connect@"),
    "aquapulsewebapp": (TWOHUNDREDTHIRTYSEVENTH_SET, "22a91a05i9/AQUA-PULSE-WEB-APP@"),
    "businesscrmsyste": (TWOHUNDREDTHIRTYSEVENTH_SET, "naveen9074/business-crm-system@"),
    "dashx": (TWOHUNDREDTHIRTYSEVENTH_SET, "yukil-30/DashX@"),
    "gardeninginfosys": (TWOHUNDREDTHIRTYSEVENTH_SET, "WzRd-off/gardening-info-system@"),
    "graphlab": (TWOHUNDREDTHIRTYSEVENTH_SET, "khanhphamj/GraphLab@"),
    "interviewwebapp": (TWOHUNDREDTHIRTYSEVENTH_SET, "Ibtesham42/Interview_web-APP@"),
    "intnetwork": (TWOHUNDREDTHIRTYSEVENTH_SET, "Hisent/IntNetwork@"),
    "iscibinde": (TWOHUNDREDTHIRTYSEVENTH_SET, "Lezetelemirde31/is-cibinde@"),
    "meduzzenbackendi": (TWOHUNDREDTHIRTYEIGHTH_SET, "andriiko489/meduzzen_backend_internship@"),
    "mugenhairpwa": (TWOHUNDREDTHIRTYEIGHTH_SET, "mugenhairco/mugen-hair-pwa@"),
    "omniflow": (TWOHUNDREDTHIRTYEIGHTH_SET, "conectaaicl/omniflow@"),
    "omnirag": (TWOHUNDREDTHIRTYEIGHTH_SET, "QuocAnhh/OmniRAG@"),
    "safelearnai": (TWOHUNDREDTHIRTYEIGHTH_SET, "anujtiwari-tech/SafeLearn-AI@"),
    "smartroll": (TWOHUNDREDTHIRTYEIGHTH_SET, "GBhavaniShankar/smart-roll@"),
    "strategicsurveye": (TWOHUNDREDTHIRTYEIGHTH_SET, "kawahara-dev0/StrategicSurveyEngine@"),
    "trackerartur": (TWOHUNDREDTHIRTYEIGHTH_SET, "petereen/tracker_artur@"),
    "tricoach": (TWOHUNDREDTHIRTYEIGHTH_SET, "arskrivov/triCoach@"),
}


@dataclass
class Decided:
    """One description's outcome without and with the project's evidence."""

    text: str
    label: str
    hidden: bool
    top: tuple[str, str]  # top pick: without, with
    generated: tuple[str, str]  # --yes: a template name, or "refused: ..."
    evidence: str


def tree_args(values: list[str]) -> dict[str, Path]:
    """The ``--tree APP=DIR`` values, by app."""
    return {k: Path(v).expanduser() for k, v in (t.split("=", 1) for t in values)}


def app_entries(
    trees: dict[str, Path], *, say_skipped: bool = False
) -> Iterator[tuple[str, Path, list[dict[str, Any]]]]:
    """Each app of ``APPS`` given a tree, in order, with its tree and its set's entries taken
    from it (each set file read once); ``say_skipped`` names the apps with no tree."""
    sets: dict[Path, list[dict[str, Any]]] = {}
    for name, (path, prefix) in APPS.items():
        if name not in trees:
            if say_skipped:
                print(f"{name}: skipped (no --tree {name}=DIR)", file=sys.stderr)
            continue
        if path not in sets:
            sets[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
        mine = [c for c in sets[path] if str(c.get("source", "")).startswith(prefix)]
        yield name, trees[name], mine


def project_folder(tree: Path, source: str) -> Path:
    """The folder ``scaffold new function`` runs in: the nearest folder above the source's
    file that holds a ``pyproject.toml`` or a ``setup.py`` (SurfSense's
    ``surfsense_backend``), an OPAL entry's package, else the tree."""
    path = source.split(":", 1)[1]
    folder = (tree / path).parent
    while folder != tree and tree in folder.parents:
        if any((folder / marker).is_file() for marker in ("pyproject.toml", "setup.py")):
            return folder
        folder = folder.parent
    parts = path.split("/")
    if parts[0] == "packages" and len(parts) > 1:
        return tree / "packages" / parts[1]
    return tree


def _decide_yes(
    text: str, catalog: Catalog, evidence: ProjectEvidence | None
) -> tuple[str, Strength | None, str]:
    """What ``--yes`` generates: the template's name and strength, or a refusal."""

    def attempt(access: ProjectAccess | None) -> tuple[Choice | str, Plan | None]:
        try:
            choice = choose_template(text, catalog, access=access, assume_yes=True)
        except Refused as refused:
            return f"refused: {refused.message}", None
        if evidence is None:
            return choice, None
        try:
            return choice, plan_function(text, choice.template, project=evidence.project)
        except UserError:
            return (
                choice,
                None,
            )  # stopped after choosing (a route taken, no action): counted as chosen

    if evidence is None:
        made = attempt(None)
    else:
        made = evidence.planned(
            text, (None, None), attempt, lambda m: m[1].spec if m[1] is not None else None
        )
    choice = made[0]
    if isinstance(choice, str):
        return choice, None, ""
    return choice.name, strength_of(choice.template), choice.evidence or ""


def decide_app(
    name: str, tree: Path, cases: list[dict[str, Any]], catalog: Catalog
) -> list[Decided]:
    evidences: dict[Path, ProjectEvidence] = {}
    out: list[Decided] = []
    for case in cases:
        folder = project_folder(tree, case["source"])
        if folder not in evidences:
            evidences[folder] = ProjectEvidence(find_project(folder))
        evidence = evidences[folder]
        text, label = case["text"], case["label"]
        access = evidence.for_description(text)
        top_without = match_request(text, catalog).best
        top_with = match_request(text, catalog, project=access).best
        tops = tuple(
            "weaker" if weaker_than(label, m.strength, catalog) else m.template
            for m in (top_without, top_with)
        )
        generated: list[str] = []
        shown = ""
        for used in (None, evidence):
            chosen, strength, said = _decide_yes(text, catalog, used)
            if strength is not None and weaker_than(label, strength, catalog):
                chosen = f"weaker: {chosen}"
            elif strength is not None and strength.level > label_strength(label, catalog).level:
                chosen = f"stronger: {chosen}"
            generated.append(chosen)
            shown = said or shown
        out.append(
            Decided(
                text,
                label,
                bool(case.get("hidden_access")),
                (tops[0], tops[1]),
                (generated[0], generated[1]),
                shown,
            )
        )
        print(f"{name}: {len(out)}/{len(cases)}", file=sys.stderr, end="\r")
    return out


def summary(decided: list[Decided]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for d in decided:
        for side, index in (("without", 0), ("with", 1)):
            counts[f"{side}: top pick weaker"] += d.top[index] == "weaker"
            counts[f"{side}: top pick weaker, hidden_access"] += (
                d.top[index] == "weaker" and d.hidden
            )
            outcome = d.generated[index].split(":", 1)[0]
            if outcome in {"weaker", "stronger", "refused"}:
                counts[f"{side}: --yes {outcome}"] += 1
    counts["evidence given"] = sum(bool(d.evidence) for d in decided)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--tree", action="append", default=[], help="APP=DIR (" + ", ".join(APPS) + ")"
    )
    parser.add_argument("--list", action="store_true", help="every description's outcome")
    args = parser.parse_args(argv)
    trees = tree_args(args.tree)
    catalog = load_catalog()
    everything: list[Decided] = []
    print(
        "app | entries (hidden_access) | top pick weaker: without / with evidence | --yes "
        "weaker: without / with | --yes refused: without / with | --yes stronger: without "
        "/ with | evidence given"
    )
    for name, tree, mine in app_entries(trees, say_skipped=True):
        decided = decide_app(name, tree, mine, catalog)
        everything.extend(decided)
        _row(name, decided)
        if args.list:
            for d in decided:
                hidden = " hidden" if d.hidden else ""
                print(
                    f"  {d.text[:70]!r} [{d.label}{hidden}] top {d.top[0]} -> {d.top[1]}; "
                    f"--yes {d.generated[0]} -> {d.generated[1]}"
                    + (f"; {d.evidence}" if d.evidence else "")
                )
    if len({d.text for d in everything}) > 0:
        _row("all", everything)
    return 0


def _row(name: str, decided: list[Decided]) -> None:
    c = summary(decided)
    hidden = sum(d.hidden for d in decided)

    def pair(key: str) -> str:
        return f"{c[f'without: {key}']} / {c[f'with: {key}']}"

    print(
        f"{name} | {len(decided)} ({hidden}) | {pair('top pick weaker')} | {pair('--yes weaker')}"
        f" | {pair('--yes refused')} | {pair('--yes stronger')} | {c['evidence given']}"
    )


if __name__ == "__main__":
    sys.exit(main())
