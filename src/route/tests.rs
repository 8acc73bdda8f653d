//! The readers on real exports (tests/data/route, origins in its README)
//! and on broken files.

use super::fit::fit_base_size;
use super::xml::seconds;
use super::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/route/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn read_named(name: &str) -> Result<Track, ReadError> {
    let bytes = fixture(name);
    read(&bytes, Format::detect(Some(name), &bytes).unwrap())
}

/// What a file records when it is not on foot, in words.
fn off_foot(track: &Track) -> Option<&'static str> {
    match track.course_only {
        Some(CourseOnly::OffFoot(words)) => Some(words),
        _ => None,
    }
}

/// What a file's notes say, in order.
fn note_texts(track: &Track) -> Vec<String> {
    track
        .notes
        .iter()
        .map(|note| note.text().into_owned())
        .collect()
}

#[test]
fn a_garmin_connect_run_has_times_elevation_and_heart_rate_on_every_point() {
    let track = read_named("garmin-activity.gpx").unwrap();
    assert_eq!(track.fixes.len(), 988);
    assert!(
        track
            .fixes
            .iter()
            .all(|fix| fix.time.is_some() && fix.elevation.is_some() && fix.heart_rate.is_some())
    );
    let first = track.fixes[0];
    assert!((first.lat - 37.241_738_168_522_7).abs() < 1e-9);
    assert_eq!(
        (first.elevation, first.heart_rate),
        (Some(104.0), Some(74.0))
    );
    // 2017-07-29T14:46:35Z, then one second later.
    assert_eq!(first.time, Some(1_501_339_595.0));
    assert_eq!(track.fixes[1].time, Some(1_501_339_596.0));
}

#[test]
fn a_strava_route_has_elevation_and_no_times() {
    let track = read_named("strava_route_example.gpx").unwrap();
    assert_eq!(track.fixes.len(), 113);
    assert!(
        track
            .fixes
            .iter()
            .all(|fix| fix.time.is_none() && fix.elevation.is_some())
    );
}

#[test]
fn a_caltopo_export_with_two_tracks_is_joined_and_said() {
    let track = read_named("caltopo-export.gpx").unwrap();
    assert_eq!(track.fixes.len(), 6);
    assert_eq!(
        note_texts(&track),
        ["2 track segments, laps or routes were joined, in file order."]
    );
}

#[test]
fn one_track_of_two_segments_is_joined_and_said() {
    let bytes = b"<gpx><trk>\
        <trkseg><trkpt lat=\"1\" lon=\"2\"/><trkpt lat=\"1.001\" lon=\"2\"/></trkseg>\
        <trkseg><trkpt lat=\"1.002\" lon=\"2\"/></trkseg></trk></gpx>";
    let track = read(bytes, Format::Gpx).unwrap();
    assert_eq!(track.fixes.len(), 3);
    assert_eq!(
        note_texts(&track),
        ["2 track segments, laps or routes were joined, in file order."]
    );
}

#[test]
fn a_gpx_point_without_a_position_is_refused_and_a_tcx_one_skipped() {
    // GPX puts lat and lon on every point; a TCX trackpoint without a
    // Position is a moment indoors or before the GPS found you.
    let gpx =
        b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"/>\n<trkpt lon=\"2\"/></trkseg></trk></gpx>";
    let err = read(gpx, Format::Gpx).unwrap_err();
    assert_eq!(err.to_string(), "line 2: the point has no lat or lon");
    let tcx = b"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><Track>\
        <Trackpoint><Time>2024-01-01T10:00:00Z</Time></Trackpoint>\
        <Trackpoint><Time>2024-01-01T10:00:05Z</Time><Position><LatitudeDegrees>1</LatitudeDegrees>\
        <LongitudeDegrees>2</LongitudeDegrees></Position></Trackpoint>\
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>";
    let track = read(tcx, Format::Tcx).unwrap();
    assert_eq!(track.fixes.len(), 1);
    assert!((track.fixes[0].lat - 1.0).abs() < 1e-12 && track.fixes[0].time.is_some());
}

/// A TCX course as route planners and Garmin Connect write one: the course
/// named in `<Folders>`, a lap, a track whose points are timed at the
/// planned pace from a made-up start, and a course point.
const TCX_COURSE: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">
 <Folders><Courses><CourseFolder Name=\"Courses\"><CourseNameRef><Id>Loop</Id></CourseNameRef>
 </CourseFolder></Courses></Folders>
 <Courses>
  <Course>
   <Name>Loop</Name>
   <Lap><TotalTimeSeconds>60</TotalTimeSeconds><DistanceMeters>200</DistanceMeters></Lap>
   <Track>
    <Trackpoint><Time>2010-01-01T00:00:00Z</Time><Position><LatitudeDegrees>45</LatitudeDegrees>
     <LongitudeDegrees>7</LongitudeDegrees></Position><AltitudeMeters>100</AltitudeMeters></Trackpoint>
    <Trackpoint><Time>2010-01-01T00:00:30Z</Time><Position><LatitudeDegrees>45.0009</LatitudeDegrees>
     <LongitudeDegrees>7</LongitudeDegrees></Position><AltitudeMeters>101</AltitudeMeters></Trackpoint>
    <Trackpoint><Time>2010-01-01T00:01:00Z</Time><Position><LatitudeDegrees>45.0018</LatitudeDegrees>
     <LongitudeDegrees>7</LongitudeDegrees></Position><AltitudeMeters>102</AltitudeMeters></Trackpoint>
   </Track>
   <CoursePoint><Name>Water</Name><Time>2010-01-01T00:00:30Z</Time><Position>
    <LatitudeDegrees>45.0009</LatitudeDegrees><LongitudeDegrees>7</LongitudeDegrees></Position>
    <PointType>Water</PointType></CoursePoint>
  </Course>
 </Courses>
</TrainingCenterDatabase>
";

#[test]
fn a_tcx_course_is_read_as_a_planned_course_without_its_planned_times() {
    let track = read(TCX_COURSE, Format::Tcx).unwrap();
    assert_eq!(track.course_only, Some(CourseOnly::TcxCourse));
    // Its three track points, not the course point, with their elevations.
    let elevations: Vec<_> = track.fixes.iter().map(|fix| fix.elevation).collect();
    assert_eq!(elevations, [Some(100.0), Some(101.0), Some(102.0)]);
    assert!(track.fixes.iter().all(|fix| fix.time.is_none()));
    assert_eq!(
        note_texts(&track),
        [
            "The file is a TCX course: its times are those of a planned pace, not a recording, so \
          they were left aside and only its course is read."
        ]
    );
    // An activity's track (the folders still naming a course), and a GPX
    // with a `course` element (Apple's heading; another app's `Course`),
    // keep their times.
    let activity = String::from_utf8(TCX_COURSE.to_vec())
        .unwrap()
        .replace(
            " <Courses>\n  <Course>",
            " <Activities>\n  <Activity Sport=\"Running\">",
        )
        .replace("  </Course>\n </Courses>", "  </Activity>\n </Activities>");
    let track = read(activity.as_bytes(), Format::Tcx).unwrap();
    assert_eq!(track.course_only, None);
    assert!(track.fixes.iter().all(|fix| fix.time.is_some()));
    let apple = b"<gpx version=\"1.1\" creator=\"Apple Health Export\"><trk><trkseg>\
        <trkpt lat=\"45\" lon=\"7\"><time>2020-06-01T14:10:38Z</time>\
        <extensions><course>45.2</course></extensions></trkpt>\
        <trkpt lat=\"45.001\" lon=\"7\"><time>2020-06-01T14:11:38Z</time>\
        <extensions><Course>45.2</Course></extensions></trkpt></trkseg></trk></gpx>";
    let track = read(apple, Format::Gpx).unwrap();
    assert_eq!(track.course_only, None);
    assert!(track.fixes.iter().all(|fix| fix.time.is_some()));
}

#[test]
fn the_first_activity_a_tcx_names_is_the_files() {
    // A run, then a ride in the same file: the file is a run, and keeps
    // its times.
    let tcx = b"<TrainingCenterDatabase><Activities>\
        <Activity Sport=\"Running\"><Lap><Track>\
        <Trackpoint><Time>2024-01-01T10:00:00Z</Time><Position><LatitudeDegrees>1</LatitudeDegrees>\
        <LongitudeDegrees>2</LongitudeDegrees></Position></Trackpoint></Track></Lap></Activity>\
        <Activity Sport=\"Biking\"><Lap><Track>\
        <Trackpoint><Time>2024-01-01T11:00:00Z</Time><Position><LatitudeDegrees>1.01</LatitudeDegrees>\
        <LongitudeDegrees>2</LongitudeDegrees></Position></Trackpoint></Track></Lap></Activity>\
        </Activities></TrainingCenterDatabase>";
    let track = read(tcx, Format::Tcx).unwrap();
    assert_eq!(track.activity.as_deref(), Some("Running"));
    assert_eq!(off_foot(&track), None);
    assert!(track.fixes.iter().all(|fix| fix.time.is_some()));
}

#[test]
fn only_a_value_inside_heart_rate_bpm_is_a_heart_rate() {
    // A vendor's extension after the heart rate holds a Value of its own.
    let tcx = b"<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><Track>\
        <Trackpoint><Time>2024-01-01T10:00:00Z</Time><Position><LatitudeDegrees>1</LatitudeDegrees>\
        <LongitudeDegrees>2</LongitudeDegrees></Position><HeartRateBpm><Value>150</Value></HeartRateBpm>\
        <Extensions><Power><Value>310</Value></Power></Extensions></Trackpoint>\
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>";
    let track = read(tcx, Format::Tcx).unwrap();
    assert_eq!(track.fixes[0].heart_rate, Some(150.0));
}

#[test]
fn an_empty_element_in_a_point_reads_no_value() {
    let gpx = b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele/>\n\
        <time>2024-01-01T10:00:00Z</time></trkpt></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(
        (track.fixes[0].elevation, track.fixes[0].time),
        (None, Some(1_704_103_200.0))
    );
}

#[test]
fn loose_text_after_an_empty_element_belongs_to_no_field() {
    // Not valid GPX, but read safely: `<ele/>` holds no value, and the
    // text after it is in the point, not in the elevation.
    let gpx = b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele/>12</trkpt></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(track.fixes[0].elevation, None);
}

#[test]
fn a_waypoints_type_does_not_name_the_activity() {
    // The type of a waypoint before the track (a bike shop on the way) is
    // the waypoint's; the track's own type names what was recorded.
    let gpx = b"<gpx><wpt lat=\"1\" lon=\"2\"><name>Shop</name><type>Bike shop</type></wpt>\
        <trk><type>running</type><trkseg><trkpt lat=\"1\" lon=\"2\"/></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(track.activity.as_deref(), Some("running"));
}

#[test]
fn a_gpx_of_waypoints_alone_is_refused_as_places_and_not_a_course() {
    let gpx = b"<gpx><wpt lat=\"1\" lon=\"2\"><name>Start</name></wpt>\
        <wpt lat=\"1.1\" lon=\"2\"/></gpx>";
    let err = read(gpx, Format::Gpx).unwrap_err();
    assert_eq!(
        err.message,
        "2 waypoints and no track or route: waypoints mark places, not a way between them; \
         export the course as a track or a route"
    );
    // Beside a track or a route, waypoints are passed over.
    let gpx = b"<gpx><wpt lat=\"1\" lon=\"2\"/><rte><rtept lat=\"1\" lon=\"2\"/>\
        <rtept lat=\"1.1\" lon=\"2\"/></rte></gpx>";
    assert_eq!(read(gpx, Format::Gpx).unwrap().fixes.len(), 2);
    // A file with nothing in it is left to the course to refuse.
    assert!(read(b"<gpx></gpx>", Format::Gpx).unwrap().fixes.is_empty());
}

#[test]
fn text_in_a_cdata_section_is_read_as_text() {
    let gpx = b"<gpx><trk><type><![CDATA[cycling]]></type><trkseg>\
        <trkpt lat=\"1\" lon=\"2\"><ele><![CDATA[12.5]]></ele></trkpt></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(track.activity.as_deref(), Some("cycling"));
    assert_eq!(track.fixes[0].elevation, Some(12.5));
    // Pretty-printed, with line breaks around each section.
    let gpx = b"<gpx><trk><type>\n  <![CDATA[cycling]]>\n</type><trkseg>\n\
        <trkpt lat=\"1\" lon=\"2\"><ele>\n  <![CDATA[12.5]]>\n</ele></trkpt></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(track.activity.as_deref(), Some("cycling"));
    assert_eq!(track.fixes[0].elevation, Some(12.5));
}

#[test]
fn an_element_of_blank_text_reads_no_value() {
    let gpx = b"<gpx><trk><type> </type><trkseg><trkpt lat=\"1\" lon=\"2\">\
        <ele> </ele><time>\n</time></trkpt></trkseg></trk></gpx>";
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(
        (
            track.activity,
            track.fixes[0].elevation,
            track.fixes[0].time
        ),
        (None, None, None)
    );
}

#[test]
fn a_garmin_fenix_tcx_run_reads_every_positioned_trackpoint() {
    let bytes = fixture("20210119_run_garmin_fenix6.tcx");
    assert_eq!(Format::detect(None, &bytes), Some(Format::Tcx));
    let track = read(&bytes, Format::Tcx).unwrap();
    let positioned = String::from_utf8_lossy(&bytes)
        .matches("<LatitudeDegrees>")
        .count();
    assert_eq!(track.fixes.len(), positioned);
    assert!(
        track
            .fixes
            .iter()
            .all(|fix| fix.time.is_some() && fix.heart_rate.is_some())
    );
}

#[test]
fn a_files_extension_names_its_format_before_its_content_does() {
    let gpx = fixture("garmin-activity.gpx");
    let fit = fixture("Activity.fit");
    // By name, in any case, whatever the bytes: a file misnamed is then
    // refused as the format it claims, not read as another.
    assert_eq!(Format::detect(Some("run.TCX"), &gpx), Some(Format::Tcx));
    assert_eq!(Format::detect(Some("run.fit"), &gpx), Some(Format::Fit));
    assert_eq!(Format::detect(Some("run.Gpx"), &fit), Some(Format::Gpx));
    // No extension wrun knows: the content tells, or nothing does.
    assert_eq!(Format::detect(Some("run.xml"), &gpx), Some(Format::Gpx));
    assert_eq!(Format::detect(Some("run"), &fit), Some(Format::Fit));
    assert_eq!(Format::detect(Some("notes.txt"), b"just notes"), None);
}

#[test]
fn fit_sdk_activity_records_are_read_in_degrees() {
    let bytes = fixture("Activity.fit");
    assert_eq!(Format::detect(None, &bytes), Some(Format::Fit));
    let track = read(&bytes, Format::Fit).unwrap();
    assert!(!track.fixes.is_empty());
    // Record 11 of the SDK's example: 495280588 semicircles north.
    let lat = 495_280_588.0 * 180.0 / 2_147_483_648.0;
    assert!(track.fixes.iter().any(|fix| (fix.lat - lat).abs() < 1e-9));
    assert!(track.fixes.iter().all(|fix| fix.time.is_some()));
}

#[test]
fn a_fit_file_without_positions_gives_no_fixes() {
    let track = read_named("hrv-activity.fit").unwrap();
    assert!(track.fixes.is_empty());
}

#[test]
fn a_fit_workout_or_weigh_in_is_refused_as_no_way_to_follow() {
    // The FIT SDK's own examples of a planned workout and a scale's
    // readings: no record of a place in either.
    for (name, kind) in [
        ("WorkoutIndividualSteps.fit", "workout"),
        ("WeightScaleSingleUser.fit", "weight"),
    ] {
        let err = read_named(name).unwrap_err();
        assert_eq!(
            (err.location, err.message),
            (
                None,
                format!(
                    "its file type is '{kind}', not 'activity' or 'course': it holds no way to \
                     follow; give wrun a recorded activity or a course"
                )
            ),
            "{name}"
        );
    }
    // An activity without positions is an indoor one, left to the course
    // to refuse in its own words.
    assert!(read_named("hrv-activity.fit").unwrap().fixes.is_empty());
}

#[test]
fn a_tcx_of_workouts_alone_is_refused_as_planned_steps() {
    let workouts = |count: usize| {
        let workout = "<Workout Sport=\"Running\"><Name>Hills</Name>\
            <Step><StepId>1</StepId></Step></Workout>";
        format!(
            "<TrainingCenterDatabase><Workouts>{}</Workouts></TrainingCenterDatabase>",
            workout.repeat(count)
        )
    };
    for (count, said) in [(1, "one workout"), (3, "3 workouts")] {
        let err = read(workouts(count).as_bytes(), Format::Tcx).unwrap_err();
        assert_eq!(
            err.message,
            format!(
                "{said} and no activity or course: a workout is planned steps, not a way to \
                 follow; export the activity you recorded, or a course"
            )
        );
    }
    // Beside an activity (a watch's file that also names the workout it
    // followed, by name), the activity is read.
    let tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><Track>\
        <Trackpoint><Position><LatitudeDegrees>1</LatitudeDegrees>\
        <LongitudeDegrees>2</LongitudeDegrees></Position></Trackpoint>\
        </Track></Lap></Activity></Activities>\
        <Workouts><Workout><Name>Hills</Name></Workout></Workouts></TrainingCenterDatabase>";
    assert_eq!(read(tcx.as_bytes(), Format::Tcx).unwrap().fixes.len(), 1);
    // An activity of no positions (a treadmill's) is left to the course.
    let tcx = "<TrainingCenterDatabase><Activities><Activity Sport=\"Running\"><Lap><Track>\
        <Trackpoint><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>\
        </Track></Lap></Activity></Activities>\
        <Workouts><Workout><Name>Hills</Name></Workout></Workouts></TrainingCenterDatabase>";
    assert!(read(tcx.as_bytes(), Format::Tcx).unwrap().fixes.is_empty());
    // A GPX extension of that name is no TCX workout.
    let gpx = b"<gpx><extensions><Workout>Hills</Workout></extensions></gpx>";
    assert!(read(gpx, Format::Gpx).unwrap().fixes.is_empty());
}

#[test]
fn malformed_xml_is_refused_with_its_line() {
    let bytes = b"<?xml version=\"1.0\"?>\n<gpx>\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"></trkseg>\n</gpx>\n";
    let err = read(bytes, Format::Gpx).unwrap_err();
    assert_eq!(err.location, Some(Location::Line(4)));
    assert!(err.message.starts_with("malformed XML"), "{err}");
}

#[test]
fn a_point_with_a_bad_number_is_refused_with_its_line() {
    let bytes = b"<gpx>\n<trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"/>\n<trkpt lat=\"north\" lon=\"2\"/>\n</trkseg></trk></gpx>";
    let err = read(bytes, Format::Gpx).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 4: the point's lat 'north' is not a number"
    );
    let bytes = b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\">\n<ele>high</ele></trkpt></trkseg></trk></gpx>";
    let err = read(bytes, Format::Gpx).unwrap_err();
    assert_eq!(
        err.to_string(),
        "line 2: the point's elevation 'high' cannot be read"
    );
    // `NaN`, which some apps write for no reading, is a number: the course
    // reads it as none (rule `route-elevation`). A latitude is no such mark.
    let bytes = b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\"><ele>NaN</ele></trkpt>\
        <trkpt lat=\"1\" lon=\"2.001\"><ele> inf </ele></trkpt></trkseg></trk></gpx>";
    let track = read(bytes, Format::Gpx).unwrap();
    assert!(track.fixes[0].elevation.unwrap().is_nan());
    assert_eq!(track.fixes[1].elevation, Some(f64::INFINITY));
    let bytes = b"<gpx><trk><trkseg><trkpt lat=\"NaN\" lon=\"2\"/></trkseg></trk></gpx>";
    assert_eq!(
        read(bytes, Format::Gpx).unwrap_err().to_string(),
        "line 1: the point's lat 'NaN' is not a number"
    );
}

#[test]
fn a_file_cut_inside_a_point_is_refused() {
    let bytes = b"<gpx><trk><trkseg>\n<trkpt lat=\"1\" lon=\"2\"><ele>3</ele>";
    let err = read(bytes, Format::Gpx).unwrap_err();
    assert!(err.to_string().contains("cut short"), "{err}");
}

#[test]
fn tracks_win_over_routes_and_the_routes_left_aside_are_said() {
    let bytes = b"<gpx><rte><rtept lat=\"1\" lon=\"2\"/><rtept lat=\"1.1\" lon=\"2\"/></rte>\
                  <trk><trkseg><trkpt lat=\"3\" lon=\"4\"/><trkpt lat=\"3.1\" lon=\"4\"/></trkseg></trk></gpx>";
    let track = read(bytes, Format::Gpx).unwrap();
    assert_eq!(track.fixes.len(), 2);
    assert!((track.fixes[0].lat - 3.0).abs() < 1e-12);
    assert_eq!(
        note_texts(&track),
        ["The file holds tracks and a route: the tracks were used, the route left aside."]
    );
    let bytes = b"<gpx><rte><rtept lat=\"1\" lon=\"2\"/></rte><rte><rtept lat=\"1\" lon=\"2\"/></rte>\
                  <trk><trkseg><trkpt lat=\"3\" lon=\"4\"/><trkpt lat=\"3.1\" lon=\"4\"/></trkseg></trk></gpx>";
    assert_eq!(
        note_texts(&read(bytes, Format::Gpx).unwrap()),
        ["The file holds tracks and 2 routes: the tracks were used, the routes left aside."]
    );
}

#[test]
fn a_file_of_neither_kind_is_refused() {
    let err = read(b"<html><body>hello</body></html>", Format::Gpx).unwrap_err();
    assert_eq!(
        err.message,
        "no <gpx> or <TrainingCenterDatabase> element: the file holds neither"
    );
    let err = read(b"\x0e\x10\x00\x00garbage", Format::Fit).unwrap_err();
    assert!(err.message.starts_with("not a FIT file"), "{err}");
}

#[test]
fn a_truncated_fit_file_is_refused_with_the_record_it_stops_at() {
    let bytes = fixture("Activity.fit");
    // Its 15th data message runs from byte 377 to 398 of 771 (by hand,
    // from the definitions' field sizes): half the file cuts it.
    let err = read(&bytes[..bytes.len() / 2], Format::Fit).unwrap_err();
    assert_eq!(err.location, Some(Location::Record(15)));
    assert_eq!(err.message, "not a FIT file wrun can read: it ends early");
}

#[test]
fn times_with_or_without_an_offset_are_read() {
    assert_eq!(seconds("2017-07-29T14:46:35.000Z"), Some(1_501_339_595.0));
    assert_eq!(seconds("2017-07-29T16:46:35+02:00"), Some(1_501_339_595.0));
    assert_eq!(seconds("2017-07-29T14:46:35.5"), Some(1_501_339_595.5));
    // Android's PhotoMap, among others, leaves the colon out of the offset.
    assert_eq!(seconds("2017-07-29T16:46:35+0200"), Some(1_501_339_595.0));
    assert_eq!(
        seconds("2017-07-29T14:46:35.250-0000"),
        Some(1_501_339_595.25)
    );
    assert_eq!(seconds("yesterday"), None);
}

#[test]
fn a_fit_header_longer_than_the_file_is_refused_not_panicked_on() {
    // Found by the route_fit fuzz target: fitparser 0.11 slices the header
    // by its stated length, 238 bytes, in a file of 74.
    let bytes: [u8; 74] = [
        238, 14, 16, 7, 40, 18, 0, 0, 46, 70, 73, 84, 17, 169, 64, 0, 1, 0, 0, 7, 3, 4, 140, 4, 4,
        134, 7, 4, 134, 1, 2, 132, 2, 2, 132, 5, 2, 132, 0, 1, 0, 74, 0, 0, 0, 0, 0, 0, 0, 255,
        255, 255, 137, 10, 255, 255, 4, 65, 0, 0, 49, 4, 2, 0, 2, 132, 14, 16, 238, 7, 40, 18, 0,
        0,
    ];
    let err = read(&bytes, Format::Fit).unwrap_err();
    assert!(err.message.contains("no FIT header"), "{err}");
}

#[test]
fn a_fit_field_that_is_not_a_whole_number_of_values_is_refused() {
    // The SDK's example with the first field of its first definition made
    // 3 bytes long where its type (uint32, 4 bytes) asks for whole values.
    let mut bytes = fixture("Activity.fit");
    let header = usize::from(bytes[0]);
    assert_eq!(bytes[header] & 0x40, 0x40, "a definition comes first");
    let first_field = header + 1 + 5;
    assert_eq!(bytes[first_field + 2] & 0x9f, 0x8c, "a uint32z field");
    bytes[first_field + 1] = 3;
    let err = read(&bytes, Format::Fit).unwrap_err();
    assert_eq!(err.location, Some(Location::Record(1)), "{err}");
    assert!(err.message.contains("whole number"), "{err}");
}

#[test]
fn a_bike_ride_from_a_fenix_is_read_as_its_course_only() {
    let track = read_named("garmin-fenix-5-bike.fit").unwrap();
    assert_eq!(off_foot(&track), Some("a ride"));
    assert!(!track.fixes.is_empty());
    assert!(
        track
            .fixes
            .iter()
            .all(|fix| fix.time.is_none() && fix.heart_rate.is_none())
    );
    assert_eq!(
        track.notes.last().unwrap().text(),
        "The file records a ride, not a run or a walk: its times and heart rates were left \
         aside and only its course is read."
    );
}

#[test]
fn runs_and_files_that_name_no_sport_are_read_as_they_are() {
    for (name, activity) in [
        ("garmin-activity.gpx", Some("running")),
        ("20210119_run_garmin_fenix6.tcx", Some("Running")),
        ("strava_route_example.gpx", Some("Run")),
        ("outdooractive-export.gpx", Some("alpineTour")),
        // Its `<type>`s are its links' kinds, not an activity.
        ("gpsies_example.gpx", None),
        ("caltopo-export.gpx", None),
    ] {
        let track = read_named(name).unwrap();
        assert_eq!(track.activity.as_deref(), activity, "{name}");
        assert_eq!(off_foot(&track), None, "{name}");
    }
}

#[test]
fn a_strava_type_given_as_a_number_is_read_as_the_activity_it_stands_for() {
    let gpx = |kind: &str| {
        format!(
            r#"<gpx creator="StravaGPX Android"><trk><type>{kind}</type><trkseg>
            <trkpt lat="1" lon="2"><time>2024-05-01T07:00:00Z</time></trkpt>
            <trkpt lat="1.001" lon="2"><time>2024-05-01T07:00:30Z</time></trkpt>
            </trkseg></trk></gpx>"#
        )
    };
    for (kind, activity, words) in [
        ("1", Some("Ride"), Some("a ride")),
        (" 16 ", Some("Swim"), Some("a swim")),
        ("22", Some("Kayaking"), Some("time on the water")),
        ("7", Some("NordicSki"), Some("time on skis or skates")),
        ("9", Some("Run"), None),
        ("10", Some("Walk"), None),
        ("4", Some("Hike"), None),
        // A number Strava does not use is left as the file wrote it.
        ("99", Some("99"), None),
        ("1000", Some("1000"), None),
    ] {
        let track = read(gpx(kind).as_bytes(), Format::Gpx).unwrap();
        assert_eq!(track.activity.as_deref(), activity, "{kind}");
        assert_eq!(off_foot(&track), words, "{kind}");
        let timed = track.fixes.iter().all(|fix| fix.time.is_some());
        assert_eq!(timed, words.is_none(), "{kind}");
    }
    // Another app's numbers are its own: left as written, read as on foot.
    let other = gpx("1").replace("StravaGPX Android", "Some Tracker");
    let track = read(other.as_bytes(), Format::Gpx).unwrap();
    assert_eq!(
        (track.activity.as_deref(), off_foot(&track)),
        (Some("1"), None)
    );
}

#[test]
fn every_strava_activity_id_is_read_as_what_it_records() {
    // Strava's ids, by what a runner's file would be if it said them: a
    // ride, skis or skates, water, or on foot (run, walk, hike, snowshoes,
    // workouts of every kind; a wheelchair and motor are their own words).
    const RIDE: Option<&str> = Some("a ride");
    const SNOW: Option<&str> = Some("time on skis or skates");
    const WATER: Option<&str> = Some("time on the water");
    let classes: [(&[u8], Option<&str>); 6] = [
        (&[1, 17, 18, 19, 51], RIDE),
        (&[2, 3, 5, 6, 7, 8, 12], SNOW),
        (&[14, 15, 20, 21, 22, 23, 24, 25], WATER),
        (&[16], Some("a swim")),
        (&[52], Some("a wheelchair outing")),
        (&[4, 9, 10, 11, 13, 26, 27, 28, 29, 30, 31, 53], None),
    ];
    let mut seen = 0;
    for (ids, words) in classes {
        for id in ids {
            let gpx = format!(
                r#"<gpx creator="StravaGPX"><trk><type>{id}</type><trkseg>
                <trkpt lat="1" lon="2"><time>2024-05-01T07:00:00Z</time></trkpt>
                <trkpt lat="1.001" lon="2"><time>2024-05-01T07:00:30Z</time></trkpt>
                </trkseg></trk></gpx>"#
            );
            let track = read(gpx.as_bytes(), Format::Gpx).unwrap();
            assert_eq!(off_foot(&track), words, "Strava id {id}");
            // Every id Strava uses is read as its name, not left a number.
            let activity = track.activity.unwrap();
            assert!(activity.parse::<u8>().is_err(), "{id}: {activity}");
            seen += 1;
        }
    }
    assert_eq!(seen, 34, "every id from 1 to 31, and 51 to 53");
}

#[test]
fn a_gpx_ride_and_a_tcx_ride_lose_their_times_and_heart_rates() {
    let gpx = br#"<gpx><trk><name>Morning</name><type>Ride</type><trkseg>
        <trkpt lat="1" lon="2"><time>2024-01-01T10:00:00Z</time><extensions><hr>120</hr></extensions></trkpt>
        <trkpt lat="1.01" lon="2"><time>2024-01-01T10:02:00Z</time></trkpt>
        </trkseg></trk></gpx>"#;
    let tcx = br#"<TrainingCenterDatabase><Activities><Activity Sport="Biking"><Lap><Track>
        <Trackpoint><Time>2024-01-01T10:00:00Z</Time><Position><LatitudeDegrees>1</LatitudeDegrees>
        <LongitudeDegrees>2</LongitudeDegrees></Position><HeartRateBpm><Value>120</Value></HeartRateBpm></Trackpoint>
        </Track></Lap></Activity></Activities></TrainingCenterDatabase>"#;
    for (bytes, format) in [(&gpx[..], Format::Gpx), (&tcx[..], Format::Tcx)] {
        let track = read(bytes, format).unwrap();
        assert_eq!(off_foot(&track), Some("a ride"), "{format:?}");
        assert!((track.fixes[0].lat - 1.0).abs() < 1e-12);
        assert_eq!(
            (track.fixes[0].time, track.fixes[0].heart_rate),
            (None, None)
        );
    }
}

#[test]
fn a_planned_route_for_a_ride_is_a_course_already_and_says_nothing_of_times() {
    let gpx = br#"<gpx><rte><name>Loop</name><type>cycling</type>
        <rtept lat="1" lon="2"><ele>10</ele></rtept><rtept lat="1.01" lon="2"><ele>12</ele></rtept>
        </rte></gpx>"#;
    let track = read(gpx, Format::Gpx).unwrap();
    assert_eq!(track.activity.as_deref(), Some("cycling"));
    assert_eq!((off_foot(&track), track.notes.len()), (None, 0));
    assert_eq!(track.fixes[1].elevation, Some(12.0));
}

#[test]
fn activities_are_sorted_by_what_they_plainly_are() {
    for (activity, words) in [
        ("cycling", Some("a ride")),
        ("VirtualRide", Some("a ride")),
        ("e_biking", Some("a ride")),
        ("swimming", Some("a swim")),
        ("Kayaking", Some("time on the water")),
        ("NordicSki", Some("time on skis or skates")),
        ("running", None),
        ("trail_running", None),
        ("hiking", None),
        ("Walk", None),
        ("Other", None),
        ("generic", None),
        ("WaterSport", Some("time on the water")),
        ("Snowshoe", None),
        ("StrideRun", None),
    ] {
        assert_eq!(not_on_foot(activity), words, "{activity}");
    }
}

/// A FIT file of `messages` (definitions and data, as bytes), with a
/// 12-byte header and the checksum the FIT SDK computes.
fn fit_file(messages: &[u8]) -> Vec<u8> {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    let size = u32::try_from(messages.len()).unwrap().to_le_bytes();
    let mut bytes = vec![12, 0x10, 0x08, 0x08, size[0], size[1], size[2], size[3]];
    bytes.extend_from_slice(b".FIT");
    bytes.extend_from_slice(messages);
    let mut crc = 0_u16;
    for byte in &bytes {
        for nibble in [byte & 0x0f, byte >> 4] {
            let low = TABLE[usize::from(crc & 0x0f)];
            crc = (crc >> 4) ^ low ^ TABLE[usize::from(nibble)];
        }
    }
    bytes.extend_from_slice(&crc.to_le_bytes());
    bytes
}

/// A `sport` message's definition as local type 0 (its field 0, an enum)
/// and a `record` message's as local type 1: time, latitude, longitude
/// and heart rate.
const FIT_DEFINITIONS: [u8; 27] = [
    0x40, 0, 0, 12, 0, 1, 0, 1, 0x00, // sport
    0x41, 0, 0, 20, 0, 4, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85, 3, 1, 0x02, // record
];

/// A `record` message's definition as local type 2: its time, and a
/// developer's field of `size` bytes (field 0 of developer 0), which no
/// description message in these files defines.
const fn developer_definition(size: u8) -> [u8; 13] {
    [0x62, 0, 0, 20, 0, 1, 253, 4, 0x86, 1, 0, size, 0]
}

/// A record `seconds` after FIT's epoch, at 22.5° N and E, of `heart` bpm.
fn fit_record(seconds: u8, heart: u8) -> [u8; 14] {
    [1, seconds, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x10, heart]
}

#[test]
fn the_first_sport_a_fit_names_is_the_files_and_each_record_gives_its_heart_rate() {
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&[0x00, 1]); // running
    messages.extend_from_slice(&[0x00, 2]); // cycling
    messages.extend_from_slice(&fit_record(0, 150));
    messages.extend_from_slice(&fit_record(5, 152));
    let track = read(&fit_file(&messages), Format::Fit).unwrap();
    assert_eq!(track.activity.as_deref(), Some("running"));
    assert_eq!(off_foot(&track), None);
    let fixes: Vec<_> = track
        .fixes
        .iter()
        .map(|fix| (fix.lat, fix.lon, fix.time, fix.heart_rate))
        .collect();
    // 631,065,600 s after 1970 is FIT's epoch, 1989-12-31.
    assert_eq!(
        fixes,
        [
            (22.5, 22.5, Some(631_065_600.0), Some(150.0)),
            (22.5, 22.5, Some(631_065_605.0), Some(152.0))
        ]
    );
}

#[test]
fn a_fit_file_of_its_header_alone_ends_before_its_checksum() {
    let mut bytes = fit_file(&[]);
    bytes.truncate(12);
    let err = read(&bytes, Format::Fit).unwrap_err();
    assert_eq!(
        (err.location, err.message.as_str()),
        (
            None,
            "not a FIT file wrun can read: it ends early, before its checksum"
        )
    );
}

#[test]
fn a_fit_file_cut_anywhere_in_a_definition_ends_early_at_the_message_after_the_last() {
    // One record, then a definition with a developer's field: cut at its
    // first byte, in its fixed part, its fields, its developer count or
    // its developer field, the file ends early at message 2.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&fit_record(0, 150));
    let cut_from = 12 + messages.len();
    messages.extend_from_slice(&developer_definition(1));
    let whole = fit_file(&messages);
    for cut in cut_from..whole.len() - 2 {
        let err = read(&whole[..cut], Format::Fit).unwrap_err();
        assert_eq!(
            (err.location, err.message.as_str()),
            (
                Some(Location::Record(2)),
                "not a FIT file wrun can read: it ends early"
            ),
            "cut at byte {cut}"
        );
    }
}

#[test]
fn each_fit_base_type_has_its_size_in_bytes() {
    // The FIT SDK's base types by size, with bits 5 and 6 (no meaning
    // for size) set on one of each: 0xab, 0xcc, 0xf0.
    let sizes: [(usize, &[u8]); 4] = [
        (1, &[0x00, 0x01, 0x02, 0x07, 0x0d]),
        (2, &[0x83, 0x84, 0x8b, 0xab]),
        (4, &[0x85, 0x86, 0x88, 0x8c, 0xcc]),
        (8, &[0x89, 0x8e, 0x8f, 0x90, 0xf0]),
    ];
    for (size, bases) in sizes {
        for &base in bases {
            assert_eq!(fit_base_size(base), size, "base type {base:#04x}");
        }
    }
}

#[test]
fn fit_records_without_a_position_are_left_aside_and_counted() {
    // Local type 2: a record of time and heart rate only, as a watch
    // writes before the GPS has a fix.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&[0x42, 0, 0, 20, 0, 2, 253, 4, 0x86, 3, 1, 0x02]);
    messages.extend_from_slice(&[0x02, 0, 0, 0, 0, 140]);
    let one = messages.len();
    messages.extend_from_slice(&[0x02, 1, 0, 0, 0, 141]);
    let fix = fit_record(2, 150);
    messages.extend_from_slice(&fix);
    let track = read(&fit_file(&messages), Format::Fit).unwrap();
    assert_eq!(track.fixes.len(), 1);
    assert_eq!(
        note_texts(&track),
        ["2 records without a position (indoors, or before the GPS found you) were left aside."]
    );
    // One such record, and the fix.
    messages.truncate(one);
    messages.extend_from_slice(&fix);
    assert_eq!(
        note_texts(&read(&fit_file(&messages), Format::Fit).unwrap()),
        ["A record without a position (indoors, or before the GPS found you) was left aside."]
    );
}

#[test]
fn a_fit_definition_with_a_developers_field_is_read_past() {
    // Local type 2 carries a developer's field; no record of that type
    // follows, so the file reads as if it were not there.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&developer_definition(4));
    messages.extend_from_slice(&fit_record(0, 150));
    let track = read(&fit_file(&messages), Format::Fit).unwrap();
    assert_eq!(track.fixes.len(), 1);
    assert_eq!(track.fixes[0].heart_rate, Some(150.0));
}

#[test]
fn a_fit_message_running_past_the_stated_data_is_refused() {
    // The header's size ends the data two bytes into a six-byte message
    // (a header byte, a time and a developer's byte); the checksum's two
    // bytes follow, so the file itself is long enough.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&developer_definition(1));
    messages.extend_from_slice(&[0x02, 0, 0, 0]);
    let err = read(&fit_file(&messages), Format::Fit).unwrap_err();
    assert_eq!(
        (err.location, err.message.as_str()),
        (
            Some(Location::Record(1)),
            "not a FIT file wrun can read: a message runs past the end of the data"
        )
    );
}

#[test]
fn a_fit_record_with_a_compressed_timestamp_takes_its_time_from_the_one_before() {
    // Local type 3, a record without a time of its own, written under a
    // compressed-timestamp header: bit 7, the local type in bits 5 and 6,
    // and 5 s past the last full time in bits 0 to 4.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&[0x43, 0, 0, 20, 0, 3, 0, 4, 0x85, 1, 4, 0x85, 3, 1, 0x02]);
    messages.extend_from_slice(&fit_record(0, 150));
    messages.extend_from_slice(&[0x80 | 3 << 5 | 5, 0, 0, 0, 0x11, 0, 0, 0, 0x10, 155]);
    let track = read(&fit_file(&messages), Format::Fit).unwrap();
    let fixes: Vec<_> = track
        .fixes
        .iter()
        .map(|fix| (fix.time, fix.heart_rate))
        .collect();
    assert_eq!(
        fixes,
        [
            (Some(631_065_600.0), Some(150.0)),
            (Some(631_065_605.0), Some(155.0))
        ]
    );
}

#[test]
fn chained_fit_files_are_read_one_after_the_other() {
    // The FIT SDK lets one file follow another, each with its own header
    // and checksum.
    let file = |seconds, heart| {
        let mut messages = FIT_DEFINITIONS.to_vec();
        messages.extend_from_slice(&fit_record(seconds, heart));
        fit_file(&messages)
    };
    let mut bytes = file(0, 150);
    bytes.extend_from_slice(&file(5, 152));
    let track = read(&bytes, Format::Fit).unwrap();
    let hearts: Vec<_> = track.fixes.iter().map(|fix| fix.heart_rate).collect();
    assert_eq!(hearts, [Some(150.0), Some(152.0)]);
}

#[test]
fn the_first_file_type_a_fit_names_is_the_files() {
    // A `file_id` message's definition as local type 3 (its field 0, the
    // type, an enum), and one of type `kind`: 4 an activity, 5 a workout.
    let file_id = |kind: u8| [0x43, 0, 0, 0, 0, 1, 0, 1, 0x00, 0x03, kind];
    let chained = |first, second| {
        let mut bytes = fit_file(&file_id(first));
        bytes.extend_from_slice(&fit_file(&file_id(second)));
        read(&bytes, Format::Fit)
    };
    // An activity with no positions, then a workout: an indoor activity,
    // left to the course to refuse.
    assert!(chained(4, 5).unwrap().fixes.is_empty());
    let err = chained(5, 4).unwrap_err();
    assert!(
        err.message.starts_with("its file type is 'workout'"),
        "{}",
        err.message
    );
}

#[test]
fn damage_inside_a_fit_file_is_told_at_the_record_it_is_in() {
    // The second record carries a developer's field that no description
    // message defines.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&fit_record(0, 150));
    messages.extend_from_slice(&developer_definition(1));
    messages.extend_from_slice(&[0x02, 5, 0, 0, 0, 7]);
    let err = read(&fit_file(&messages), Format::Fit).unwrap_err();
    assert_eq!(err.location, Some(Location::Record(2)), "{err}");
    assert_eq!(
        err.message,
        "not a FIT file wrun can read: a message it cannot decode (fitparser: parser error: \
         'Fail' at position: 0x42)"
    );
}

#[test]
fn a_fit_checksum_that_does_not_match_names_the_file_not_a_record() {
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&fit_record(0, 150));
    let mut bytes = fit_file(&messages);
    let heart = bytes.len() - 3;
    bytes[heart] = 151;
    let err = read(&bytes, Format::Fit).unwrap_err();
    assert_eq!(
        (err.location, err.message.as_str()),
        (
            None,
            "not a FIT file wrun can read: its checksum does not match: the file is damaged"
        )
    );
}

#[test]
fn a_recording_on_foot_is_called_what_its_file_names_it_and_nothing_where_it_names_none() {
    let gpx = |kind: &str| {
        format!(
            r#"<gpx creator="StravaGPX"><trk>{kind}<trkseg>
            <trkpt lat="1" lon="2"><time>2024-05-01T07:00:00Z</time></trkpt>
            </trkseg></trk></gpx>"#
        )
    };
    for (kind, outing) in [
        ("<type>walking</type>", "walk"),
        ("<type>Nordic_Walking</type>", "walk"),
        ("<type>10</type>", "walk"),
        ("<type>hiking</type>", "hike"),
        ("<type>4</type>", "hike"),
        ("<type>running</type>", "run"),
        ("<type>alpineTour</type>", "run"),
    ] {
        let track = read(gpx(kind).as_bytes(), Format::Gpx).unwrap();
        assert_eq!(track.outing(), Some(outing), "{kind}");
    }
    let unnamed = read(gpx("").as_bytes(), Format::Gpx).unwrap();
    assert_eq!(unnamed.outing(), None);
}

#[test]
fn a_file_in_another_format_is_named_as_what_it_is() {
    let named = |bytes: &[u8]| Format::foreign(bytes).map(|why| why.split(',').next().unwrap());
    assert_eq!(
        named(b"<!DOCTYPE html>\n<html><title>Log in</title></html>"),
        Some("a web page (HTML)")
    );
    assert_eq!(
        named(b"<?xml version=\"1.0\"?>\n<kml/>"),
        Some("a KML file (Google Earth's)")
    );
    let geojson: [&[u8]; 3] = [
        b"{\"type\": \"FeatureCollection\", \"features\": []}",
        b"  {\"type\":\"Feature\",\"geometry\":null}",
        b"{\n \"type\": \"LineString\",\n \"coordinates\": [[2.35, 48.85]]\n}",
    ];
    for bytes in geojson {
        assert_eq!(
            named(bytes),
            Some("a GeoJSON file"),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
    // A runner's request, or a GPX that names a feature: neither.
    assert_eq!(named(b"{\"weight\": 150, \"type\": \"vest\"}"), None);
    assert_eq!(named(b"<gpx><desc>\"feature\"</desc></gpx>"), None);
    assert_eq!(named(&fixture("strava_route_example.gpx")), None);
}

#[test]
fn a_fit_record_with_altitude_alone_gives_its_elevation() {
    // Local type 4: a record of time, position and `altitude` (field 2,
    // metres × 5 + 500) with no `enhanced_altitude`; 3,000 is 100 m.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&[
        0x44, 0, 0, 20, 0, 4, 253, 4, 0x86, 0, 4, 0x85, 1, 4, 0x85, 2, 2, 0x84,
    ]);
    messages.extend_from_slice(&[4, 0, 0, 0, 0, 0, 0, 0, 0x10, 0, 0, 0, 0x10, 0xB8, 0x0B]);
    let track = read(&fit_file(&messages), Format::Fit).unwrap();
    let elevations: Vec<_> = track.fixes.iter().map(|fix| fix.elevation).collect();
    assert_eq!(elevations, [Some(100.0)]);
}

#[test]
fn a_fit_message_fitparser_cannot_decode_names_its_record() {
    // The second data message is a developer's field description (global
    // 206, local type 3) with none of the fields a description must hold.
    let mut messages = FIT_DEFINITIONS.to_vec();
    messages.extend_from_slice(&fit_record(0, 150));
    messages.extend_from_slice(&[0x43, 0, 0, 206, 0, 0]);
    messages.push(0x03);
    let err = read(&fit_file(&messages), Format::Fit).unwrap_err();
    assert_eq!(
        (err.location, err.message.as_str()),
        (
            Some(Location::Record(2)),
            "not a FIT file wrun can read: a message it cannot decode (fitparser: value error: \
             developer_data_index is mandatory)"
        )
    );
}
