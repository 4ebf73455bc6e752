-- Lays out the disk image's window when cpack -G DragNDrop makes it (CPACK_DMG_DS_STORE_SETUP_SCRIPT):
-- the program on the left, the Applications link on the right, over the background that says
-- "drag it there". cpack passes the volume name; it needs a logged-in session (Finder).
on run argv
	set volumeName to item 1 of argv
	tell application "Finder"
		tell disk volumeName
			open
			set current view of container window to icon view
			set toolbar visible of container window to false
			set statusbar visible of container window to false
			set the bounds of container window to {200, 120, 840, 520}
			set viewOptions to the icon view options of container window
			set arrangement of viewOptions to not arranged
			set icon size of viewOptions to 112
			set background picture of viewOptions to file ".background:background.png"
			set position of item "ehealthbugs.app" of container window to {170, 190}
			set position of item "Applications" of container window to {470, 190}
			close
			open
			update without registering applications
			delay 2
			close
		end tell
	end tell
end run
